package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly sessions of the Jiading sub-district's 2017 "成长工程" class (real-courses.yaml), held beside the
 * trainees' posts (在职): eight Thursday evenings of 19:00–21:00, held this autumn (the test clock's year) so that
 * they fall inside every requirement's window. The evenings earn their 学时 but are not eight days of full-time
 * training toward "or 12 days", nor full-time training toward county level's 550 in five years; a full-time
 * course's are both.
 */
@SpringBootTest
class OnTheJobCourseTests {

    static final LocalDate FIRST_THURSDAY =
            LocalDate.of(2026, 9, 1).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY));

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
    CreditLedger ledger;

    @Autowired
    Clock clock;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";

    @Test
    void anOnTheJobCoursesEveningsEarnHoursButNoDaysOfFullTimeTraining() {
        long cadre = completedWeeklyEveningCourse(TrainingForm.PART_TIME, null);

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
    void theSameEveningsOfAFullTimeCourseStillCountAsDaysAndTowardCountyLevelsFiveYears() {
        long cadre = completedWeeklyEveningCourse(TrainingForm.FULL_TIME, "COUNTY");

        assertThat(entries(cadre)).isEqualTo(8);
        assertThat(trainingDays(cadre)).isEqualTo(8);
        assertThat(standing(cadre, "ft_county"))
                .isEqualByComparingTo(earned(cadre))
                .isPositive();
    }

    @Test
    void anOnTheJobCoursesHoursDoNotCountTowardCountyLevelsFiveYearsOfFullTimeTraining() {
        long county = completedWeeklyEveningCourse(TrainingForm.PART_TIME, "COUNTY");

        assertThat(earned(county)).isPositive();
        assertThat(standing(county, "ft_county")).isZero();
        assertThat(standing(county, "full_time_earned")).isZero();
        // section level's "90 学时 every year" is of recognised concentrated training, evenings included
        assertThat(standing(county, "ft_section")).isEqualByComparingTo(earned(county));

        // a correction of an evening's entry moves its hours as on-the-job hours, and counts no day
        long first = jdbc.sql("select min(id) from credit_entry where cadre_id = ?")
                .param(county)
                .query(Long.class)
                .single();
        ledger.correct(first, CreditHours.of("0.5"), "只出席了半小时", TestPrincipal.organiser());
        assertThat(standing(county, "ft_county")).isZero();
        assertThat(trainingDays(county)).isZero();
    }

    private long completedWeeklyEveningCourse(TrainingForm form, String rank) {
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
                new CadreDetails(prefix + "1", "青年干部", Gender.FEMALE, unit, "科员", "Clerk", rank, "", "", "", "", true));
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

    private BigDecimal earned(long cadre) {
        return jdbc.sql("select sum(hours) from credit_entry where cadre_id = ?")
                .param(cadre)
                .query(BigDecimal.class)
                .single();
    }

    private BigDecimal standing(long cadre, String column) {
        return jdbc.sql("select " + column + " from credit_standing where cadre_id = ?")
                .param(cadre)
                .query(BigDecimal.class)
                .single();
    }

    private int trainingDays(long cadre) {
        return jdbc.sql("select coalesce(sum(ft_days), 0) from credit_year_total where cadre_id = ?")
                .param(cadre)
                .query(Integer.class)
                .single();
    }
}
