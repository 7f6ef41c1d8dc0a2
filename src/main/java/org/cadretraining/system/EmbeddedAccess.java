package org.cadretraining.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded PostgreSQL: the {@code postgres} role with its password (SCRAM), over loopback
 * TCP, and nobody else. zonky makes every data folder with {@code initdb -A trust}, and folders made before this
 * class existed are open the same way; both are closed on the first start, while the server listens on loopback only.
 */
final class EmbeddedAccess {

    /** Host connections on IPv4 loopback with a password; no {@code local} line, as no Unix socket is opened. */
    static final List<String> CLOSED_HBA = List.of(
            "# Written by the application at start-up (EmbeddedAccess): the postgres role with its password from",
            "# " + EmbeddedPassword.FILE_NAME
                    + ", over 127.0.0.1 only. Edits here are replaced while any line says trust.",
            "host all all 127.0.0.1/32 scram-sha-256");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedAccess.class);

    private EmbeddedAccess() {}

    /**
     * Refuses to start on a closed folder whose password file is gone: the server would refuse every connection and
     * zonky would say only that it gave up waiting.
     */
    static void checkBeforeStart(Path dataDir, EmbeddedPassword password) throws IOException {
        if (!password.kept() && Files.exists(dataDir.resolve("pg_hba.conf")) && !open(dataDir)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir
                    + " asks for a password but its file "
                    + dataDir.resolve(EmbeddedPassword.FILE_NAME) + " is missing. Put the file back from a backup,"
                    + " or change 'scram-sha-256' to 'trust' in " + dataDir.resolve("pg_hba.conf")
                    + " so that the next start sets a new password.");
        }
    }

    /**
     * Gives the role its password and closes the door, when any line of {@code pg_hba.conf} still trusts. The steps
     * can be repeated: a start that dies between them finds the door still open and does them again.
     */
    static void closeIfOpen(EmbeddedPostgres postgres, Path dataDir, EmbeddedPassword password)
            throws IOException, SQLException {
        if (!open(dataDir)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // the password is made of letters, digits, '-' and '_' only (EmbeddedPassword), so the literal is safe
            statement.execute("alter role postgres password '" + password.value() + "'");
            password.keep(dataDir);
            Path hba = dataDir.resolve("pg_hba.conf");
            Path next = dataDir.resolve("pg_hba.conf.new");
            Files.write(next, CLOSED_HBA, StandardCharsets.UTF_8);
            Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            statement.execute("select pg_reload_conf()");
        }
        awaitClosed(postgres);
        log.info(
                "Embedded PostgreSQL in {}: connections now need the password kept in {} (was: trust)",
                dataDir,
                EmbeddedPassword.FILE_NAME);
    }

    /** The reload is a signal answered in passing; the application's first connection must already find it. */
    private static void awaitClosed(EmbeddedPostgres postgres) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection withoutPassword =
                    postgres.getDatabase("postgres", "postgres", Map.of()).getConnection()) {
                Thread.onSpinWait();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new SQLException("The embedded PostgreSQL still lets the postgres role in without a password after"
                + " pg_hba.conf was closed and reloaded.");
    }

    /** Whether an active line of {@code pg_hba.conf} lets anyone in without a password. */
    static boolean open(Path dataDir) throws IOException {
        return Files.readAllLines(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> line.matches(".*\\btrust\\b.*"));
    }
}
