package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept places ({@code report_place}) equal what the live definition counts after every kind of write the other
 * modules make, and the figures read from them equal those counted live and the sums of their drill-downs. The world
 * is {@link StatisticsWorld}'s two real courses moved to this year and the last. How the marks are folded: {@link
 * KeptPlacesFoldingTests}.
 */
@AccountWebTest
class KeptPlacesTests {

    @Autowired
    StatisticsFigures statistics;

    @Autowired
    StatisticsLists lists;

    @Autowired
    KeptPlaces places;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    StatisticsWorld world;
    int year;

    @BeforeEach
    void world() {
        year = Year.now(clock).getValue();
        world = new StatisticsWorld(directory, jdbc, ledger, year);
    }

    @Test
    void keptPlacesFollowEveryKindOfWrite() {
        assertKeptEqualsLive("the world as written");
        // an enrolment withdrawn and approved again, a role changed
        enrolment("status = 'WITHDRAWN'", world.chenGuanghua);
        assertKeptEqualsLive("a place withdrawn");
        enrolment("status = 'APPROVED'", world.chenGuanghua);
        enrolment("course_role = 'PARTICIPANT'", world.liXiao);
        assertKeptEqualsLive("a class teacher made a participant");
        // a cohort of two days, a place in it, and its days moved
        jdbc.sql(
                        "insert into course_cohort (course_id, position, name_zh, starts_on, ends_on) values (?, 0, '第一期', ?, ?)")
                .params(world.branchCourse, LocalDate.of(year, 5, 21), LocalDate.of(year, 5, 22))
                .update();
        jdbc.sql("insert into enrolment_cohort (enrolment_id, cohort) select id, 1 from enrolment"
                        + " where course_id = ? and cadre_id = ?")
                .params(world.branchCourse, world.pengRong)
                .update();
        assertKeptEqualsLive("a place in a cohort");
        jdbc.sql("update course_cohort set ends_on = starts_on where course_id = ?")
                .param(world.branchCourse)
                .update();
        // a course's dates and status
        jdbc.sql("update course set ends_on = ends_on + 1 where id = ?")
                .param(world.branchCourse)
                .update();
        assertKeptEqualsLive("a cohort's and a course's days");
        jdbc.sql("update course set status = 'CANCELLED', cancel_reason = '改期' where id = ?")
                .param(world.branchCourse)
                .update();
        assertKeptEqualsLive("a course cancelled");
        jdbc.sql("update course set status = 'COMPLETED', cancel_reason = null where id = ?")
                .param(world.branchCourse)
                .update();
        // completion decided again, leave approved, a trainee withdrawn
        jdbc.sql("update course_completion set completed = true where course_id = ? and cadre_id = ?")
                .params(world.branchCourse, world.liFang)
                .update();
        jdbc.sql("""
                        insert into leave_request (course_id, cadre_id, reason, status, hours, requested_at, requested_by)
                        values (?, ?, '出差', 'REQUESTED', 6, now(), 'test')
                        """).params(world.branchCourse, world.chenGuanghua).update();
        assertKeptEqualsLive("completion decided again, leave asked for");
        jdbc.sql("update leave_request set status = 'APPROVED' where course_id = ? and cadre_id = ?")
                .params(world.branchCourse, world.chenGuanghua)
                .update();
        jdbc.sql("insert into course_withdrawal (course_id, cadre_id, reason, withdrawn_at, withdrawn_by)"
                        + " values (?, ?, '请假超过 1/7', now(), 'test')")
                .params(world.branchCourse, world.chenGuanghua)
                .update();
        assertKeptEqualsLive("leave approved, a trainee withdrawn");
        // other 学时 lifting a place holder's year above zero (no place's 学时 changes), then course 学时 written
        // and corrected
        ledger.record(List.of(entry(world.liFang, CreditSource.EXTERNAL, null, "4")));
        assertKeptEqualsLive("other 学时 earned by a place holder without any");
        ledger.record(List.of(entry(world.liFang, CreditSource.COURSE, world.branchCourse, "30")));
        long written = jdbc.sql("select max(id) from credit_entry where cadre_id = ?")
                .param(world.liFang)
                .query(Long.class)
                .single();
        assertKeptEqualsLive("course 学时 written");
        ledger.correct(written, CreditHours.of("12"), "记错了", TestPrincipal.organiser());
        assertKeptEqualsLive("course 学时 corrected");
        // the organisation moves a cadre, changes a rank and a category, and one leaves
        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.computing, world.liuZifu)
                .update();
        jdbc.sql("update cadre set rank_code = 'BUREAU', category = '' where id = ?")
                .param(world.chenGuanghua)
                .update();
        assertKeptEqualsLive("a cadre moved, a rank and a category changed");
        jdbc.sql("update cadre set active = false where id = ?")
                .param(world.pengRong)
                .update();
        assertKeptEqualsLive("a cadre left");
    }

    /** After folding, the kept rows equal the live ones; marked, the figures counted live equal those kept. */
    private void assertKeptEqualsLive(String after) {
        places.fold();
        List<Map<String, Object>> kept = KeptPlacesProbe.kept(jdbc, world);
        assertThat(kept).as(after).isEqualTo(KeptPlacesProbe.live(jdbc, world));
        List<String> scopes = List.of(
                KeptPlacesProbe.path(jdbc, world.university),
                KeptPlacesProbe.path(jdbc, world.computing),
                KeptPlacesProbe.path(jdbc, world.mathematics));
        Period period = Period.ofYear(year);
        for (String scope : scopes) {
            Figures fromKept = statistics.of(scope, period);
            assertThat(liveFigures(scope, period))
                    .as(after + ", scope " + scope)
                    .isEqualTo(fromKept);
        }
        new FiguresAgreement(statistics, lists, clock).assertBothWaysEqual(scopes, period);
    }

    /** The figures with every course of the world marked, so each place is counted live; the marks rolled back. */
    private Figures liveFigures(String scope, Period period) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("insert into report_place_stale (course_id) values (?), (?)")
                    .params(world.branchCourse, world.villageCourse)
                    .update();
            return statistics.of(scope, period);
        });
    }

    private void enrolment(String change, long cadre) {
        jdbc.sql("update enrolment set " + change + " where course_id = ? and cadre_id = ?")
                .params(world.branchCourse, cadre)
                .update();
    }

    private NewCreditEntry entry(long cadre, CreditSource source, Long course, String hours) {
        return new NewCreditEntry(
                cadre,
                LocalDate.of(year, 5, 25),
                CreditCategory.FULL_TIME,
                source,
                course,
                "test:" + world.prefix + source + ":" + cadre,
                CreditHours.of(hours),
                new LocalizedText("测试学时", "Test credit hours"),
                "test");
    }
}
