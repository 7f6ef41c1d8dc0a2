package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import org.awaitility.Awaitility;
import org.cadretraining.account.AccountWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The standing is rebuilt when the application has started and after midnight, without a reader asking for it:
 * nobody opening a page after a deploy or on New Year's morning waits for the rebuild.
 */
@AccountWebTest
class StandingReadinessTests {

    @Autowired
    StandingReadiness readiness;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aStandingOutOfDateAtStartIsRebuiltInTheBackgroundWithoutAReader() {
        markOutOfDate();
        readiness.afterStart();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> asOfYear() == thisYear());
    }

    @Test
    void aStandingOutOfDateAtMidnightIsRebuiltThen() {
        markOutOfDate();
        readiness.afterMidnight();
        assertThat(asOfYear()).isEqualTo(thisYear());
    }

    private void markOutOfDate() {
        jdbc.sql("update credit_standing_basis set as_of_year = 0").update();
        assertThat(asOfYear()).isZero();
    }

    private int asOfYear() {
        return jdbc.sql("select as_of_year from credit_standing_basis where id = 1")
                .query(Integer.class)
                .single();
    }

    private int thisYear() {
        return Year.now(clock).getValue();
    }
}
