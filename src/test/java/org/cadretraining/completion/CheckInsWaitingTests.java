package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Check-ins wait to be judged together: a burst is judged in rounds of many trainees, not one judgement per scan,
 * and no check-in is left unjudged, whichever node recorded it.
 */
@SpringBootTest
class CheckInsWaitingTests {

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
    DataSource dataSource;

    @Autowired
    WaitingDrain drain;

    @Test
    void checkInsMadeWhileTheCourseIsBeingJudgedAreJudgedTogetherInTheNextRound() throws Exception {
        CompletionFixture w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        List<Long> trainees = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trainees.add(w.trainee("学员" + i));
        }
        w.begin();
        jdbc.sql("insert into completion_standing_course values (?, now()) on conflict do nothing")
                .param(w.courseId)
                .update();

        // another judgement of the course holds its row lock, as a long one on another node would
        try (Connection judging = dataSource.getConnection()) {
            judging.setAutoCommit(false);
            try (PreparedStatement lock = judging.prepareStatement(
                    "select 1 from completion_standing_course where course_id = ? for update")) {
                lock.setLong(1, w.courseId);
                lock.executeQuery().close();
            }
            for (long trainee : trainees) {
                w.attends(trainee, 0);
            }
            // every check-in committed, with its trainee waiting for the lock to be let go
            assertThat(waiting(w.courseId)).isEqualTo(trainees.size());
            judging.rollback();
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(waiting(w.courseId)).isZero();
            for (long trainee : trainees) {
                assertThat(credited(w.courseId, trainee)).isEqualByComparingTo("3.00");
            }
        });
        // one round judged all twelve: they share the moment they were judged
        assertThat(jdbc.sql("select count(distinct judged_at) from completion_standing where course_id = ?")
                        .param(w.courseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void agendaChangesMadeWhileTheCourseIsBeingJudgedAreJudgedOnceForTheWholeClass() throws Exception {
        CompletionFixture w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        long trainee = w.trainee("王强");
        w.begin();
        w.attends(trainee, 0);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(credited(w.courseId, trainee))
                .isEqualByComparingTo("3.00"));
        jdbc.sql("update completion_standing set credited_hours = 99 where course_id = ?")
                .param(w.courseId)
                .update();

        try (Connection judging = dataSource.getConnection()) {
            judging.setAutoCommit(false);
            try (PreparedStatement lock = judging.prepareStatement(
                    "select 1 from completion_standing_course where course_id = ? for update")) {
                lock.setLong(1, w.courseId);
                lock.executeQuery().close();
            }
            for (int evening = 0; evening < 3; evening++) {
                courses.schedule(
                        w.courseId,
                        new CourseSetup.NewAgendaItem(
                                AgendaItemType.GROUP_DISCUSSION,
                                CompletionFixture.DAY_1.plusDays(evening),
                                LocalTime.of(19, 0),
                                LocalTime.of(21, 0),
                                null,
                                null,
                                null,
                                "",
                                new LocalizedText("晚间研讨 " + evening, "Evening discussion " + evening),
                                false));
            }
            // three changes of the agenda, one mark that the whole class waits
            assertThat(jdbc.sql("select count(*) from completion_course_waiting where course_id = ?")
                            .param(w.courseId)
                            .query(Integer.class)
                            .single())
                    .isOne();
            judging.rollback();
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(credited(w.courseId, trainee)).isEqualByComparingTo("3.00");
            assertThat(jdbc.sql("select count(*) from completion_course_waiting where course_id = ?")
                            .param(w.courseId)
                            .query(Integer.class)
                            .single())
                    .isZero();
        });
    }

    @Test
    void traineesLeftWaitingByANodeThatStoppedAreJudgedByThePoll() {
        CompletionFixture w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        long trainee = w.trainee("李明");
        w.begin();
        w.attends(trainee, 0);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(credited(w.courseId, trainee))
                .isEqualByComparingTo("3.00"));

        // the node that recorded this second item stopped before it judged anyone: only its waiting row is left
        w.attends(trainee, 1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiting(w.courseId) == 0);
        jdbc.sql("update completion_standing set credited_hours = 3, judged_at = ? where course_id = ?")
                .params(Timestamp.from(clock.instant()), w.courseId)
                .update();
        jdbc.sql("insert into completion_waiting (course_id, cadre_id) values (?, ?)")
                .params(w.courseId, trainee)
                .update();

        drain.poll();

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(credited(w.courseId, trainee))
                .isEqualByComparingTo("6.00"));
        assertThat(waiting(w.courseId)).isZero();
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
                .orElse(BigDecimal.ONE.negate());
    }
}
