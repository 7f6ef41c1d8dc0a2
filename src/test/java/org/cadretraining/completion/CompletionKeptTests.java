package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.leave.LeaveSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each trainee's completion standing is kept in the database and follows what happens: a check-in, the organiser's
 * mark and a withdrawal each re-judge the trainee concerned (events, handled after the commit); the completion page
 * reads the kept standing instead of judging everyone again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompletionKeptTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    LeaveSetup leave;

    @Autowired
    Sites sites;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private CompletionFixture world() {
        return new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
    }

    @Test
    void aCheckInReJudgesTheTraineeAndKeepsTheResult() {
        CompletionFixture w = world();
        long trainee = w.trainee("张伟");
        w.begin();

        w.attends(trainee, 0);
        awaitCredited(w.courseId, trainee, "3.00");
        w.attends(trainee, 1);
        awaitCredited(w.courseId, trainee, "6.00");

        assertThat(jdbc.sql("""
                        select explanation_zh from completion_standing_item
                        where course_id = ? and cadre_id = ? order by position
                        """).params(w.courseId, trainee).query(String.class).list())
                .hasSize(2)
                .last()
                .asString()
                .contains("塔山阻击战纪念馆", "按“半天 = 3 学时”计 3 学时");
    }

    @Test
    void theOrganisersMarkReJudgesTheTrainee() {
        CompletionFixture w = world();
        long trainee = w.trainee("王芳");
        w.begin();

        mark(w, w.items.get(2), trainee, "PRESENT");
        awaitCredited(w.courseId, trainee, "3.00");

        mark(w, w.items.get(2), trainee, "ABSENT");
        awaitCredited(w.courseId, trainee, "0.00");
        assertThat(reasons(w.courseId, trainee)).contains("MANDATORY_MISSED");
    }

    @Test
    void aWithdrawalReJudgesTheTrainee() {
        CompletionFixture w = world();
        long trainee = w.trainee("赵磊");
        w.begin();
        w.attends(trainee, 0);
        awaitCredited(w.courseId, trainee, "3.00");

        // all of day 2: 6 学时 of a 24-学时 course, past the 1/7 cap (3.42): approved as confirmed, withdrawn
        leave.approvedLeave(w.courseId, trainee, List.of(w.items.get(2), w.items.get(3)), "长期出差");

        // the keeper judges once per event, so a judgement started before the approval was committed may come first:
        // what counts is the standing it settles on
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(reasons(w.courseId, trainee)).startsWith("WITHDRAWN");
            assertThat(jdbc.sql("select leave_hours from completion_standing where course_id = ? and cadre_id = ?")
                            .params(w.courseId, trainee)
                            .query(BigDecimal.class)
                            .single())
                    .isEqualByComparingTo("6");
        });
        assertThat(jdbc.sql("""
                        select text_zh from completion_standing_reason
                        where course_id = ? and cadre_id = ? and code = 'WITHDRAWN'
                        """).params(w.courseId, trainee).query(String.class).single())
                .contains("请假 6.00 学时，超过课程 24.00 学时的 1/7 (3.42)");
    }

    @Test
    void theCompletionPageReadsTheKeptStanding() {
        Instant start = clock.instant();
        CompletionFixture w = world();
        long trainee = w.trainee("孙丽");
        long quiet = w.trainee("周强");
        w.begin();
        w.attends(trainee, 0);
        awaitCredited(w.courseId, trainee, "3.00");
        awaitKeeperDone(start);

        // a figure no judge would give: the page shows it, so it reads the kept standing and does not judge again
        jdbc.sql("update completion_standing set credited_hours = 17.75 where course_id = ? and cadre_id = ?")
                .params(w.courseId, trainee)
                .update();
        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/completion")
                        .with(as(TestPrincipal.organiser()))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("17.75")
                // the course's own requirement is added as the page reads: 17.75 is short of 18
                .contains("认定学时 17.75，未达到规定的 18.00 学时")
                // the cap as the leave pages show it: 24 学时 at 1/7, cut to 3.42
                .contains("请假不超过课程学时（24.00）的 1/7，即 3.42 学时");
        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/leave")
                        .with(as(TestPrincipal.organiser()))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("本班共 24.00 学时，请假合计不得超过其 1/7（3.42 学时）");

        // a trainee with no standing kept yet was judged once, on that view, and kept
        assertThat(kept(w.courseId, quiet)).contains(BigDecimal.ZERO.setScale(2));
    }

    @Test
    void aChangedAgendaReJudgesEveryTrainee() {
        Instant start = clock.instant();
        CompletionFixture w = world();
        long first = w.trainee("钱进");
        long second = w.trainee("吴敏");
        w.begin();
        w.attends(first, 0);
        w.attends(second, 1);
        awaitCredited(w.courseId, first, "3.00");
        awaitCredited(w.courseId, second, "3.00");
        awaitKeeperDone(start);
        jdbc.sql("update completion_standing set credited_hours = 99 where course_id = ?")
                .param(w.courseId)
                .update();

        // an evening item on day 1: the day is full, so it earns nothing, but the agenda changed
        courses.schedule(
                w.courseId,
                new CourseSetup.NewAgendaItem(
                        AgendaItemType.GROUP_DISCUSSION,
                        CompletionFixture.DAY_1,
                        LocalTime.of(19, 0),
                        LocalTime.of(21, 0),
                        null,
                        null,
                        null,
                        "",
                        new LocalizedText("晚间研讨", "Evening discussion"),
                        false));

        awaitCredited(w.courseId, first, "3.00");
        awaitCredited(w.courseId, second, "3.00");
    }

    @Test
    void savedTrainingRulesReJudgeTheCoursesBeforeCompletion() {
        Instant start = clock.instant();
        CompletionFixture w = world();
        long trainee = w.trainee("郑洁");
        w.begin();
        w.attends(trainee, 0);
        awaitCredited(w.courseId, trainee, "3.00");
        awaitKeeperDone(start);
        jdbc.sql("update completion_standing set credited_hours = 99 where course_id = ?")
                .param(w.courseId)
                .update();

        // the institution's defaults saved again: the rules changed as far as anyone can tell
        assertThat(mvc.post()
                        .uri("/admin/training-rules")
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("hoursPerHalfDay", "3")
                        .param("hoursPerDay", "6")
                        .param("minutesPerHalfDay", "180")
                        .param("afternoonStarts", "12:00")
                        .param("eveningStarts", "18:00")
                        .param("minimumAttendedPercent", "75")
                        .param("leaveCapNumerator", "1")
                        .param("leaveCapDenominator", "7")
                        .param("lateAfterMinutes", "10")
                        .param("earlyLeaveMinutes", "10")
                        .param("checkInOpensMinutesBefore", "30")
                        .param("eveningCredit", "HALF_DAY_BLOCK")
                        .exchange())
                .hasStatus3xxRedirection();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kept(w.courseId, trainee))
                .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("3.00")));
    }

    private void mark(CompletionFixture w, long itemId, long cadreId, String status) {
        assertThat(mvc.post()
                        .uri("/attendance/courses/" + w.courseId + "/items/" + itemId + "/decision")
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("cadreId", String.valueOf(cadreId))
                        .param("status", status)
                        .param("reason", "纸质签到表")
                        .exchange())
                .hasStatus3xxRedirection();
    }

    /**
     * Waits until every event published since {@code start} was handled by the keeper (none left incomplete) and no
     * checked-in trainee waits to be judged.
     */
    private void awaitKeeperDone(Instant start) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication
                                where completion_date is null and publication_date >= ?
                                  and listener_id like '%CompletionKeeper%'
                                """)
                                        .param(Timestamp.from(start))
                                        .query(Integer.class)
                                        .single()
                                + jdbc.sql("""
                                        select (select count(*) from completion_waiting)
                                               + (select count(*) from completion_course_waiting)
                                        """).query(Integer.class).single()
                        == 0);
    }

    private void awaitCredited(long courseId, long cadreId, String hours) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(kept(courseId, cadreId))
                .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo(hours)));
    }

    private Optional<BigDecimal> kept(long courseId, long cadreId) {
        return jdbc.sql("select credited_hours from completion_standing where course_id = ? and cadre_id = ?")
                .params(courseId, cadreId)
                .query(BigDecimal.class)
                .optional();
    }

    private List<String> reasons(long courseId, long cadreId) {
        return jdbc.sql("""
                        select code from completion_standing_reason where course_id = ? and cadre_id = ?
                        order by position
                        """).params(courseId, cadreId).query(String.class).list();
    }
}
