package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's page cache is sized for the machine unless configured, and any PostgreSQL setting can be
 * given by its own name.
 */
class EmbeddedServerSettingsTests {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void withoutSettingsThePageCacheIsAQuarterOfTheMachinesMemoryWithinItsBounds(@TempDir Path dataDir)
            throws Exception {
        String expected = EmbeddedPostgresConfiguration.sharedBuffers();
        long megabytes = Long.parseLong(expected.replace("MB", ""));
        long machineMb = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                / (1024 * 1024);
        assertThat(megabytes).isBetween(128L, 4096L).isLessThanOrEqualTo(Math.max(128, machineMb / 4));
        try (EmbeddedPostgres postgres = start(dataDir, Map.of())) {
            // PostgreSQL answers in its own unit: 4096MB is "4GB"
            assertThat(setting(postgres, dataDir, "shared_buffers")).isEqualTo(pgUnits(expected));
        }
    }

    @Test
    void settingsGivenByTheirOwnNamesReachTheServerOverTheDefaults(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres =
                start(dataDir, Map.of("shared_buffers", "160MB", "work_mem", "7MB", "jit", "off"))) {
            assertThat(setting(postgres, dataDir, "shared_buffers")).isEqualTo("160MB");
            assertThat(setting(postgres, dataDir, "work_mem")).isEqualTo("7MB");
            assertThat(setting(postgres, dataDir, "jit")).isEqualTo("off");
            // the settings of a kept folder stay: a committed transaction is on disk
            assertThat(setting(postgres, dataDir, "fsync")).isEqualTo("on");
        }
    }

    private EmbeddedPostgres start(Path dataDir, Map<String, String> server) throws Exception {
        return configuration.embeddedPostgres(
                new EmbeddedPostgresConfiguration.Settings(dataDir.toString(), 0, 2, server));
    }

    private static String setting(EmbeddedPostgres postgres, Path dataDir, String name) throws Exception {
        String password =
                Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", password);
                ResultSet rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** "4096MB" as PostgreSQL shows it ("4GB"); other sizes as given. */
    private static String pgUnits(String megabytes) {
        long mb = Long.parseLong(megabytes.replace("MB", ""));
        return mb % 1024 == 0 ? (mb / 1024) + "GB" : megabytes;
    }
}
