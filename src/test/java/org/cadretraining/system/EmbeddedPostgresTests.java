package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.cadretraining.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the data lives: in a folder that outlives the application, or on a PostgreSQL server of one's own. */
class EmbeddedPostgresTests {

    @Test
    void dataInTheDataFolderSurvivesARestart(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start("--app.embedded-postgres.data-dir=" + dataDir)) {
            jdbc(first)
                    .sql("insert into cadre_rank (code, name_zh, name_en, tier, sort_order) values "
                            + "('KEPT', '保留', 'Kept', 'SECTION_AND_BELOW', 99)")
                    .update();
        }
        try (ConfigurableApplicationContext second = start("--app.embedded-postgres.data-dir=" + dataDir)) {
            assertThat(jdbc(second)
                            .sql("select name_en from cadre_rank where code = 'KEPT'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Kept");
        }
    }

    @Test
    void aConfiguredServerIsUsedAndNothingIsStartedInside() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app =
                    start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                int port = jdbc(app)
                        .sql("select current_setting('port')::int")
                        .query(Integer.class)
                        .single();
                assertThat(port).isEqualTo(server.getPort());
            }
            try (var connection = server.getPostgresDatabase().getConnection();
                    var rows = connection.createStatement().executeQuery("select count(*) from cadre_rank")) {
                rows.next();
                assertThat(rows.getInt(1))
                        .as("the migrations ran on the configured server")
                        .isEqualTo(5);
            }
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] withRandomPort = java.util.Arrays.copyOf(args, args.length + 1);
        withRandomPort[args.length] = "--server.port=0";
        return SpringApplication.run(Application.class, withRandomPort);
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }
}
