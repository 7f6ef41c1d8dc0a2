package org.cadretraining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresWithEveryMigrationApplied() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        int ranks =
                jdbc.sql("select count(*) from cadre_rank").query(Integer.class).single();
        assertThat(ranks).isEqualTo(5);
    }
}
