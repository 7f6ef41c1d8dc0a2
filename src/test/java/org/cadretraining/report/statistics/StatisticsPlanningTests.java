package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Year;
import org.cadretraining.account.AccountWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics' statements are planned with their values each time, in their own transaction only: a generic plan
 * (which PostgreSQL may keep once the driver has prepared a statement) cannot see how small the scope is.
 */
@AccountWebTest
class StatisticsPlanningTests {

    @Autowired
    StatisticsFacts facts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void everyWayToTheFactsPlansWithValuesUntilTheTransactionEnds() {
        TransactionTemplate statistics = new TransactionTemplate(transactions);
        statistics.setReadOnly(true);
        statistics.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Period year = Period.ofYear(Year.now(clock).getValue());

        String cadreByCadre = statistics.execute(status -> {
            facts.of("", year);
            return planning();
        });
        String fromUnitTotals = statistics.execute(status -> {
            facts.kept("", year).orElseThrow();
            return planning();
        });
        String afterwards = statistics.execute(status -> planning());

        assertThat(cadreByCadre).isEqualTo("force_custom_plan");
        assertThat(fromUnitTotals).isEqualTo("force_custom_plan");
        assertThat(afterwards)
                .as("other transactions on the same connections plan as PostgreSQL chooses")
                .isEqualTo("auto");
    }

    private String planning() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }
}
