package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cadretraining.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes (application contexts) start together on one empty database without {@code app.attendance.code-secret}:
 * one signing key is made and both use it, one administrator is made, and a rotated key still accepts what the old
 * one signed for its lifetime.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningKeyTests {

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        database = EmbeddedPostgres.builder().start();
        String[] args = {
            "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--app.attendance.code-secret=",
            "--server.port=0"
        };
        CompletableFuture<ConfigurableApplicationContext> one =
                CompletableFuture.supplyAsync(() -> SpringApplication.run(Application.class, args));
        CompletableFuture<ConfigurableApplicationContext> two =
                CompletableFuture.supplyAsync(() -> SpringApplication.run(Application.class, args));
        first = one.join();
        second = two.join();
    }

    @AfterAll
    static void stop() throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        database.close();
    }

    @Test
    @Order(1)
    void bothNodesSignAndCheckWithTheOneKeyMadeOnce() {
        CheckInCodes onFirst = first.getBean(CheckInCodes.class);
        CheckInCodes onSecond = second.getBean(CheckInCodes.class);

        assertThat(onSecond.cadreOf(onFirst.badge(42))).contains(42L);
        assertThat(onFirst.itemOf(onSecond.rotatingCode(7))).contains(7L);
        assertThat(onFirst.badge(42)).isEqualTo(onSecond.badge(42));
        assertThat(jdbc().sql("select count(*) from attendance_signing_key")
                        .query(Integer.class)
                        .single())
                .as("made once, by whichever node came first")
                .isEqualTo(1);
    }

    @Test
    void theFirstAdministratorIsMadeOnce() {
        assertThat(jdbc().sql("select count(*) from account where lower(username) = 'admin'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void aRotatedKeyStillAcceptsWhatTheOldOneSignedForItsLifetimeOnEveryNode() throws InterruptedException {
        CheckInCodes onFirst = first.getBean(CheckInCodes.class);
        CheckInCodes onSecond = second.getBean(CheckInCodes.class);
        String oldBadge = onFirst.badge(7);
        String oldKey = oldBadge.substring(oldBadge.indexOf('.') + 1, oldBadge.indexOf('~'));

        SigningKeys.Key rotated = first.getBean(SigningKeys.class).rotate();

        String newBadge = onFirst.badge(7);
        assertThat(newBadge).isNotEqualTo(oldBadge).contains("." + rotated.id() + "~");
        assertThat(onFirst.cadreOf(oldBadge)).contains(7L);
        assertThat(onSecond.cadreOf(oldBadge)).contains(7L);
        Thread.sleep(1100); // a node reads the keys again for an unknown id at most once a second
        assertThat(onSecond.cadreOf(newBadge))
                .as("the other node learns the new key")
                .contains(7L);
        assertThat(onFirst.acceptedBadges(7)).containsExactly(newBadge, oldBadge);

        // once the retired key's time is over, what it signed is refused
        jdbc().sql("update attendance_signing_key set retired_at = now() - interval '61 days' where id = ?")
                .param(Integer.parseInt(oldKey))
                .update();
        SigningKeys keys = first.getBean(SigningKeys.class);
        keys.rotate(); // reloads, as every node does each minute
        assertThat(onFirst.cadreOf(oldBadge)).isEmpty();
        assertThat(onFirst.cadreOf(newBadge))
                .as("the previous key is still in its time")
                .contains(7L);
        assertThat(keys.accepted()).extracting(SigningKeys.Key::id).doesNotContain(oldKey);
    }

    @Test
    void aConfiguredSecretSignsAndThePreviousOneIsStillAccepted() {
        SigningKeys before = new SigningKeys(null, null, "the old secret", List.of(), java.time.Duration.ofDays(60));
        SigningKeys after =
                new SigningKeys(null, null, "the new secret", List.of("the old secret"), java.time.Duration.ofDays(60));
        String oldBadge = new CheckInCodes(before, java.time.Clock.systemUTC()).badge(3);
        CheckInCodes now = new CheckInCodes(after, java.time.Clock.systemUTC());

        assertThat(now.cadreOf(oldBadge)).contains(3L);
        assertThat(now.badge(3)).isNotEqualTo(oldBadge);
        assertThat(new CheckInCodes(before, java.time.Clock.systemUTC()).cadreOf(now.badge(3)))
                .isEmpty();
    }

    private static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }
}
