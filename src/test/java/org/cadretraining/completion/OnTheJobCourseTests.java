package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.attendance.CheckMethod;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.Audience;
import org.cadretraining.course.Contact;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.course.TrainingCategory;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly sessions of the Jiading sub-district's 2017 "成长工程" class (real-courses.yaml), held beside the
 * trainees' posts (在职): eight Thursday evenings of 19:00–21:00. The evenings earn their 学时 but are not eight days of
 * full-time training toward "or 12 days"; a full-time course's days still are.
 */
@SpringBootTest
class OnTheJobCourseTests {

    static final LocalDate FIRST_THURSDAY =
            LocalDate.of(2017, 9, 5).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY));

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";

    @Test
    void anOnTheJobCoursesEveningsEarnHoursButNoDaysOfFullTimeTraining() {
        long cadre = completedWeeklyEveningCourse(TrainingForm.PART_TIME);

        assertThat(entries(cadre)).isEqualTo(8);
        assertThat(trainingDays(cadre)).isZero();
        assertThat(jdbc.sql("select explanation_zh || ' | ' || explanation_en from credit_entry where cadre_id = ?"
                                + " order by earned_on limit 1")
                        .param(cadre)
                        .query(String.class)
                        .single())
                .contains("在职培训（不脱产）：学时照计，当天不计为脱产培训天数")
                .contains("on-the-job training (not full-time): the credit hours count, the day is not a day of"
                        + " full-time training");
    }

    @Test
    void theSameEveningsOfAFullTimeCourseStillCountAsDays() {
        long cadre = completedWeeklyEveningCourse(TrainingForm.FULL_TIME);

        assertThat(entries(cadre)).isEqualTo(8);
        assertThat(trainingDays(cadre)).isEqualTo(8);
    }

    private long completedWeeklyEveningCourse(TrainingForm form) {
        long unit = directory.registerUnit(new UnitDetails(
                prefix + "U",
                new LocalizedText("嘉定镇街道党工委", "Jiading Town Party Working Committee"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        LocalDate lastThursday = FIRST_THURSDAY.plusWeeks(7);
        long courseId = courses.plan(new NewCourse(
                new LocalizedText("嘉定镇街道2017年“成长工程”培训班 " + prefix, "2017 Growth Project class " + prefix),
                new LocalizedText("", ""),
                List.of(unit),
                List.of(),
                null,
                null,
                FIRST_THURSDAY,
                lastThursday,
                120,
                CreditHours.of("1"),
                TrainingCategory.THEORY,
                form,
                Contact.NONE,
                Audience.ANYONE,
                List.of(),
                null));
        List<Long> items = new ArrayList<>();
        for (int week = 0; week < 8; week++) {
            items.add(courses.schedule(
                    courseId,
                    new NewAgendaItem(
                            AgendaItemType.GROUP_DISCUSSION,
                            FIRST_THURSDAY.plusWeeks(week),
                            LocalTime.of(19, 0),
                            LocalTime.of(21, 0),
                            null,
                            null,
                            null,
                            "",
                            new LocalizedText("实践项目小组研学 " + (week + 1), "Practice project group " + (week + 1)),
                            false)));
        }
        courses.openNominations(courseId);
        long cadre = directory.registerCadre(
                new CadreDetails(prefix + "1", "青年干部", Gender.FEMALE, unit, "科员", "Clerk", null, "", "", "", "", true));
        enrolment.enrol(courseId, cadre, CourseRole.PARTICIPANT);
        courses.closeNominations(courseId);
        courses.start(courseId);
        for (int week = 0; week < 8; week++) {
            LocalDate day = FIRST_THURSDAY.plusWeeks(week);
            attendance.checkIn(
                    items.get(week),
                    cadre,
                    day.atTime(18, 55).atZone(clock.getZone()).toInstant(),
                    CheckMethod.STAFF_TAP,
                    null,
                    "test");
            attendance.checkOut(
                    items.get(week),
                    cadre,
                    day.atTime(21, 5).atZone(clock.getZone()).toInstant(),
                    CheckMethod.STAFF_TAP,
                    null,
                    "test");
        }
        courses.complete(courseId);
        return cadre;
    }

    private int entries(long cadre) {
        return jdbc.sql("select count(*) from credit_entry where cadre_id = ? and hours > 0")
                .param(cadre)
                .query(Integer.class)
                .single();
    }

    private int trainingDays(long cadre) {
        return jdbc.sql("select coalesce(sum(ft_days), 0) from credit_year_total where cadre_id = ?")
                .param(cadre)
                .query(Integer.class)
                .single();
    }
}
