package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL lets in only the application, with its password, from this machine. */
class EmbeddedAccessTests {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = start(dataDir)) {
            assertThatThrownBy(() -> connect(postgres, null))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(postgres, "not-the-password"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection withPassword = connect(postgres, keptPassword(dataDir))) {
                assertThat(withPassword.isValid(2)).isTrue();
            }
            assertThat(Files.readAllLines(dataDir.resolve("pg_hba.conf")))
                    .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                    .containsExactly("host all all 127.0.0.1/32 scram-sha-256");
        }
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnlyAndKeptAcrossRestarts(@TempDir Path dataDir) throws Exception {
        String first;
        try (EmbeddedPostgres postgres = start(dataDir)) {
            Path file = dataDir.resolve(EmbeddedPassword.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            first = keptPassword(dataDir);
            assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        }
        try (EmbeddedPostgres again = start(dataDir);
                Connection connection = connect(again, first)) {
            assertThat(keptPassword(dataDir)).isEqualTo(first);
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void theServerListensOnIpv4LoopbackOnlyAndOpensNoUnixSocket(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = start(dataDir);
                Connection connection = connect(postgres, keptPassword(dataDir));
                var rows = connection
                        .createStatement()
                        .executeQuery("select current_setting('listen_addresses'),"
                                + " current_setting('unix_socket_directories')")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rows.getString(2)).isEmpty();
            for (InetAddress elsewhere : nonLoopbackAddresses()) {
                assertThat(reachable(elsewhere, postgres.getPort()))
                        .as("port %d on %s", postgres.getPort(), elsewhere)
                        .isFalse();
            }
            assertThat(reachable(InetAddress.getByName("127.0.0.1"), postgres.getPort()))
                    .isTrue();
        }
    }

    @Test
    void aFolderMadeBeforeThePasswordStillStartsKeepsItsDataAndIsThenClosed(@TempDir Path dataDir) throws Exception {
        // as every earlier version of the application left it: initdb -A trust, no password file
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table kept (word text)");
            statement.execute("insert into kept values ('from before')");
        }
        assertThat(EmbeddedAccess.open(dataDir)).as("the old folder trusts").isTrue();
        assertThat(dataDir.resolve(EmbeddedPassword.FILE_NAME)).doesNotExist();

        try (EmbeddedPostgres upgraded = start(dataDir)) {
            assertThat(EmbeddedAccess.open(dataDir)).isFalse();
            assertThatThrownBy(() -> connect(upgraded, null)).isInstanceOf(SQLException.class);
            try (Connection connection = connect(upgraded, keptPassword(dataDir));
                    var rows = connection.createStatement().executeQuery("select word from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("from before");
            }
        }
    }

    @Test
    void aClosedFolderWhosePasswordFileIsGoneIsRefusedWithASentence(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = start(dataDir)) {
            // stopped normally
        }
        Files.delete(dataDir.resolve(EmbeddedPassword.FILE_NAME));
        assertThatThrownBy(() -> start(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("asks for a password but its file")
                .hasMessageContaining("pg_hba.conf");
    }

    private EmbeddedPostgres start(Path dataDir) throws Exception {
        return configuration.embeddedPostgres(
                new EmbeddedPostgresConfiguration.Settings(dataDir.toString(), 0, 2, java.util.Map.of()));
    }

    private static String keptPassword(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip();
    }

    private static Connection connect(EmbeddedPostgres postgres, String password) throws SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", properties);
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
