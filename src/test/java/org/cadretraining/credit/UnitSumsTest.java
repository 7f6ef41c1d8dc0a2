package org.cadretraining.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of the units' kept sums (their counts and their yearly totals) share besides the organisation of
 * their own: the bulk ledger that writes, the standing they bring current before reading, and writers started at the
 * same moment.
 */
abstract class UnitSumsTest extends CreditWorldTest {

    @Autowired
    BulkLedger bulk;

    @Autowired
    CreditStanding standing;

    @Autowired
    StandingCurrency currency;

    /** Twenty section-level cadres of school B, for writers of one unit at once. */
    List<Long> twentyCadresOfSchoolB() {
        List<Long> cadres = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cadres.add(world.cadre("并发" + i, world.schoolB, "SECTION"));
        }
        return cadres;
    }

    /** An entry for a bulk write, earned on 1 April of the given year. */
    NewCreditEntry entry(
            long cadreId, int earnedIn, CreditCategory category, CreditSource source, String hours, String ref) {
        return new NewCreditEntry(
                cadreId,
                LocalDate.of(earnedIn, 4, 1),
                category,
                source,
                null,
                "test:" + world.prefix + ref + ":" + cadreId,
                CreditHours.of(hours),
                new LocalizedText("批量", "Bulk"),
                "test");
    }

    /** Runs each task on a thread of its own, all released together, and waits a minute at most for them all. */
    static void atOnce(Runnable... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            CompletableFuture.allOf(Arrays.stream(tasks)
                            .map(task -> CompletableFuture.runAsync(
                                    () -> {
                                        await(start);
                                        task.run();
                                    },
                                    threads))
                            .toArray(CompletableFuture[]::new))
                    .get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdown();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
