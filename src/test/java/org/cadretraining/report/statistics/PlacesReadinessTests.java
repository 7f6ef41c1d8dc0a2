package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import org.awaitility.Awaitility;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trainee places' marks are folded without a reader: after start, in the background, and on the schedule, so the
 * first person to open the statistics after a large change does not count the marked places live.
 */
@AccountWebTest
class PlacesReadinessTests {

    @Autowired
    PlacesReadiness readiness;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void marksAreFoldedAfterStartInTheBackgroundAndOnTheScheduleWithoutAReader() {
        StatisticsWorld world =
                new StatisticsWorld(directory, jdbc, ledger, Year.now(clock).getValue());
        assertThat(marks()).isPositive();
        readiness.afterStart();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> marks() == 0);
        assertThat(KeptPlacesProbe.kept(jdbc, world)).isEqualTo(KeptPlacesProbe.live(jdbc, world));

        jdbc.sql("update enrolment set status = 'WITHDRAWN' where course_id = ? and cadre_id = ?")
                .params(world.branchCourse, world.chenGuanghua)
                .update();
        assertThat(marks()).isPositive();
        readiness.fold();
        assertThat(marks()).isZero();
        assertThat(KeptPlacesProbe.kept(jdbc, world)).isEqualTo(KeptPlacesProbe.live(jdbc, world));
    }

    private long marks() {
        return jdbc.sql("select count(*) from report_place_stale")
                .query(Long.class)
                .single();
    }
}
