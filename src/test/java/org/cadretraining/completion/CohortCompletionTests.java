package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.leave.LeaveSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A course run for two cohorts back to back (as the Anhui branch secretaries' courses of real-courses.yaml): each
 * trainee is judged on their own cohort's days only. Attending all of them completes the course, the other cohort's
 * mandatory items are not "missed", and the leave cap is a seventh of the hours their cohort can earn.
 */
@SpringBootTest
class CohortCompletionTests {

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

    @Autowired
    CompletionBook book;

    @Test
    void eachTraineeIsJudgedOnTheirOwnCohortsDays() {
        CompletionFixture w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        // days 1-2 are the first cohort's, days 3-4 the second's: 12 学时 each; 10 of them are required
        cohort(w.courseId, 0, "第四十四期", 0, 1);
        cohort(w.courseId, 1, "第四十五期", 2, 3);
        jdbc.sql("update course set required_hours = 10 where id = ?")
                .param(w.courseId)
                .update();
        long first = w.trainee("四十四期学员");
        long second = w.trainee("四十五期学员");
        long absentFromOwn = w.trainee("缺课学员");
        long leaveTaker = w.trainee("请假学员");
        for (long cadre : List.of(first, absentFromOwn, leaveTaker)) {
            joinCohort(w.courseId, cadre, 1);
        }
        joinCohort(w.courseId, second, 2);
        w.begin();

        for (int item = 0; item < 4; item++) {
            w.attends(first, item);
        }
        for (int item = 4; item < 8; item++) {
            w.attends(second, item);
        }
        // misses day 1's mandatory field study
        w.attends(absentFromOwn, 0);
        w.attends(absentFromOwn, 2);
        w.attends(absentFromOwn, 3);
        // 3 学时 of leave: past a seventh of the cohort's 12 (1.71), within a seventh of the course's 24 (3.42)
        leave.approvedLeave(w.courseId, leaveTaker, List.of(w.items.get(3)), "家中有事");
        for (int item = 0; item < 3; item++) {
            w.attends(leaveTaker, item);
        }
        w.complete();

        Map<Long, CompletionBook.Recorded> decided = book.ofCourse(w.courseId);
        assertThat(decided.get(first).completed()).isTrue();
        assertThat(decided.get(first).credited()).isEqualTo(CreditHours.of("12"));
        assertThat(decided.get(second).completed()).isTrue();
        assertThat(decided.get(second).credited()).isEqualTo(CreditHours.of("12"));
        assertThat(decided.get(absentFromOwn).completed()).isFalse();
        // the field study of day 1 is missed; day 4's mandatory lecture is the other cohort's, and not missed
        assertThat(decided.get(absentFromOwn).reasons())
                .filteredOn(reason -> reason.zh().contains("未出席必修日程"))
                .hasSize(1);
        assertThat(decided.get(leaveTaker).completed()).isFalse();
        assertThat(decided.get(leaveTaker).reasons().getFirst().zh()).contains("1.71");
    }

    private void cohort(long courseId, int position, String name, int firstDay, int lastDay) {
        jdbc.sql("""
                        insert into course_cohort (course_id, position, name_zh, name_en, starts_on, ends_on)
                        values (?, ?, ?, '', ?, ?)
                        """)
                .params(
                        courseId,
                        position,
                        name,
                        CompletionFixture.DAY_1.plusDays(firstDay),
                        CompletionFixture.DAY_1.plusDays(lastDay))
                .update();
    }

    private void joinCohort(long courseId, long cadreId, int cohort) {
        jdbc.sql("""
                        insert into enrolment_cohort (enrolment_id, cohort)
                        select id, ? from enrolment where course_id = ? and cadre_id = ?
                        """).params(cohort, courseId, cadreId).update();
    }
}
