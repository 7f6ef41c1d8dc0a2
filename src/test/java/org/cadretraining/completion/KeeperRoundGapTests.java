package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The keeper's rounds start a gap apart ({@code app.completion.round-gap}), so a burst of check-ins is judged in a few
 * large rounds; the completion page does not wait for the next round: it judges whoever still waits before it reads.
 * The gap is an hour here, so only the page can have judged the second check-in; rounds do not wait for a quiet
 * moment here ({@link RoundTimingTests} shows that wait).
 */
@SpringBootTest(properties = {"app.completion.round-gap=PT1H", "app.completion.quiet=PT0S"})
@AutoConfigureMockMvc
class KeeperRoundGapTests {

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
    Sites sites;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WaitingDrain drain;

    @Autowired
    DataSource dataSource;

    @Test
    void aCheckInWaitingForTheNextRoundIsJudgedByThePageThatShowsIt() {
        CompletionFixture w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        long first = w.trainee("孙丽");
        long second = w.trainee("钱军");
        w.begin();
        w.attends(first, 0);
        // the first round of this node starts at once (or came with an earlier test's check-in: then this one waits
        // like the second below)
        drain.poll();
        mvc.get()
                .uri("/courses/" + w.courseId + "/completion")
                .with(as(TestPrincipal.organiser()))
                .exchange();
        assertThat(credited(w.courseId, first)).isEqualByComparingTo("3.00");

        w.attends(second, 0);
        drain.poll();
        // a round ran within the gap: the next is an hour off, and the check-in waits for it
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> waiting(w.courseId) == 1);
        assertThat(credited(w.courseId, second)).isEqualByComparingTo("0.00");

        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/completion")
                        .with(as(TestPrincipal.organiser()))
                        .exchange())
                .hasStatusOk();
        assertThat(waiting(w.courseId)).isZero();
        assertThat(credited(w.courseId, second)).isEqualByComparingTo("3.00");
    }

    @Test
    void aCheckInNeverWaitsForAJudgementThatHasTakenTheSameTrainee() throws Exception {
        CompletionFixture w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        long trainee = w.trainee("周敏");
        w.begin();
        drain.poll();
        w.attends(trainee, 0);
        assertThat(waiting(w.courseId)).isEqualTo(1);

        // a judgement on another node has taken the trainee and is still judging: its transaction is open
        try (Connection judging = dataSource.getConnection()) {
            judging.setAutoCommit(false);
            try (PreparedStatement take =
                    judging.prepareStatement("delete from completion_waiting where course_id = ?")) {
                take.setLong(1, w.courseId);
                assertThat(take.executeUpdate()).isPositive();
            }
            // the trainee's next check-in is recorded at once, not when that judgement commits
            CompletableFuture.runAsync(() -> w.attends(trainee, 1)).get(10, TimeUnit.SECONDS);
            judging.rollback();
        }

        // both waits stand (the judgement rolled back): the trainee waits, and the page judges them once, with both
        // items
        assertThat(waiting(w.courseId)).isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/completion")
                        .with(as(TestPrincipal.organiser()))
                        .exchange())
                .hasStatusOk();
        assertThat(waiting(w.courseId)).isZero();
        assertThat(credited(w.courseId, trainee)).isEqualByComparingTo("6.00");
    }

    private int waiting(long courseId) {
        return jdbc.sql("select count(distinct cadre_id) from completion_waiting where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    private BigDecimal credited(long courseId, long cadreId) {
        return jdbc.sql("select credited_hours from completion_standing where course_id = ? and cadre_id = ?")
                .params(courseId, cadreId)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }
}
