package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadretraining.account.AccountWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A fact this node keeps is read once per version, even when a burst of devices asks for it at the same moment, and
 * read again once a newer version is known.
 */
@AccountWebTest
// the version is learned here only when the test reads it
@TestPropertySource(properties = "app.cluster.watch-interval=1h")
class KeptFactsTests {

    @Autowired
    CheckInFactsVersion version;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredDevicesAskingAtOnceCauseOneRead() throws Exception {
        version.read();
        KeptFacts<Long, String> facts = new KeptFacts<>(version, 100);
        AtomicInteger reads = new AtomicInteger();
        int devices = 200;
        CyclicBarrier together = new CyclicBarrier(devices);
        List<Future<KeptFacts.Kept<String>>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < devices; i++) {
                answers.add(threads.submit(() -> {
                    together.await();
                    return facts.get(7L, key -> {
                        reads.incrementAndGet();
                        sleep(50);
                        return "window of item " + key;
                    });
                }));
            }
            for (Future<KeptFacts.Kept<String>> answer : answers) {
                assertThat(answer.get().value()).isEqualTo("window of item 7");
            }
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aNewerVersionIsReadAgainAndKeptUnderIt() {
        long before = version.read();
        KeptFacts<Long, Integer> facts = new KeptFacts<>(version, 100);
        AtomicInteger reads = new AtomicInteger();
        assertThat(facts.get(1L, key -> reads.incrementAndGet()).value()).isEqualTo(1);
        assertThat(facts.get(1L, key -> reads.incrementAndGet()).value()).isEqualTo(1);

        jdbc.sql("update check_in_facts_version set version = version + 1").update();
        long after = version.read();
        assertThat(after).isGreaterThan(before);
        KeptFacts.Kept<Integer> again = facts.get(1L, key -> reads.incrementAndGet());
        assertThat(again.value()).isEqualTo(2);
        assertThat(again.version()).isEqualTo(after);
        assertThat(facts.get(1L, key -> reads.incrementAndGet()).value()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
