package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A mandatory item that has not ended is not missed by anyone yet: the kept standing names it only once the item is
 * over, and the completion page, read after the item ended, judges the trainees again without any event. Homework
 * (a reflection report due at a time) has no sitting: nobody checks in to it, so it is never missed that way, nor a
 * column of the attendance grid.
 */
@AccountWebTest
class ItemsNotOverTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    private final Instant before = Instant.now();

    @AfterEach
    void clockBack() {
        clock.setTo(before);
    }

    @Test
    void anItemInProgressIsNotMissedUntilItEnds() {
        LocalDate today = LocalDate.now(clock);
        clock.setTo(today.atTime(9, 0).atZone(clock.getZone()).toInstant());
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long course = fixture.course(today);
        fixture.item(course, today, "08:30", "11:30", "LECTURE");
        long trainee = fixture.trainee(course, "冯涛");

        completionPage(course);
        assertThat(reasons(course, trainee)).isEmpty();

        clock.advance(Duration.ofHours(3));
        completionPage(course);
        assertThat(reasons(course, trainee)).containsExactly("MANDATORY_MISSED");
    }

    @Test
    void homeworkPastItsDueTimeIsNeitherMissedNorAnAttendanceColumn() {
        LocalDate today = LocalDate.now(clock);
        clock.setTo(today.atTime(12, 0).atZone(clock.getZone()).toInstant());
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long course = fixture.course(today);
        long homework = fixture.item(course, today, "10:00", "10:00", "HOMEWORK");
        long trainee = fixture.trainee(course, "冯涛");

        completionPage(course);
        assertThat(reasons(course, trainee)).isEmpty();

        assertThat(mvc.get().uri("/attendance/courses/" + course).with(as(TestPrincipal.organiser())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/attendance/courses/" + course + "/items/" + homework)
                .doesNotContain("10:00–10:00");
    }

    private void completionPage(long course) {
        assertThat(mvc.get().uri("/courses/" + course + "/completion").with(as(TestPrincipal.organiser())))
                .hasStatusOk();
    }

    private List<String> reasons(long course, long cadre) {
        return jdbc.sql("""
                        select code from completion_standing_reason where course_id = ? and cadre_id = ?
                        order by position
                        """).params(course, cadre).query(String.class).list();
    }
}
