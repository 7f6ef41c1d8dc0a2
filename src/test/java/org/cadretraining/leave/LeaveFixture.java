package org.cadretraining.leave;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.course.TrainingCategory;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;

/**
 * A course of seven half days (21 学时, so the 1/7 cap is exactly 3.00) with two trainees and a class teacher,
 * planned and started through the course module's set-up. Codes carry a prefix so fixtures share one database.
 */
class LeaveFixture {

    static final LocalDate DAY_1 = LocalDate.of(2023, 5, 8);

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final long unit;
    final long baiJing;
    final long liMing;
    final long teacherCadre;
    final CurrentUser teacher;
    final long courseId;
    /** Morning and afternoon items by day: mornings[d], afternoons[d]; day 4 has only a morning. */
    final List<Long> mornings = new ArrayList<>();

    final List<Long> afternoons = new ArrayList<>();
    /** A quarter-hour item on day 4 afternoon, worth 0.25 学时, when asked for. */
    Long quarterItem;

    LeaveFixture(
            OrganisationDirectory directory, CourseSetup courses, EnrolmentSetup enrolment, boolean withQuarterItem) {
        unit = directory.registerUnit(new UnitDetails(
                prefix + "U", new LocalizedText("党委", "Committee"), UnitKind.PARTY_COMMITTEE, null, true));
        baiJing = cadre(directory, "1", "白静");
        liMing = cadre(directory, "2", "李明");
        teacherCadre = cadre(directory, "3", "王老师");
        teacher = TestPrincipal.user(Set.of(Role.CLASS_TEACHER), teacherCadre, null);
        courseId = courses.plan(new NewCourse(
                new LocalizedText("请假测试班 " + prefix, prefix + "Leave course"),
                new LocalizedText("", ""),
                unit,
                null,
                null,
                DAY_1,
                DAY_1.plusDays(3),
                20,
                CreditHours.of("18"),
                TrainingCategory.THEORY));
        for (int day = 0; day < 4; day++) {
            mornings.add(item(courses, day, "08:30", "11:30", "上午 " + day));
            if (day < 3) {
                afternoons.add(item(courses, day, "14:00", "17:00", "下午 " + day));
            }
        }
        if (withQuarterItem) {
            quarterItem = item(courses, 3, "14:00", "14:15", "小结");
        }
        courses.openNominations(courseId);
        enrolment.enrol(courseId, baiJing, CourseRole.PARTICIPANT);
        enrolment.enrol(courseId, liMing, CourseRole.PARTICIPANT);
        enrolment.enrol(courseId, teacherCadre, CourseRole.CLASS_TEACHER);
        courses.closeNominations(courseId);
        courses.start(courseId);
    }

    CurrentUser cadre(long cadreId) {
        return TestPrincipal.cadre(cadreId);
    }

    private long cadre(OrganisationDirectory directory, String number, String name) {
        return directory.registerCadre(new CadreDetails(
                prefix + number, name, Gender.FEMALE, unit, "处长", "Director", null, "", "", "", "", true));
    }

    private long item(CourseSetup courses, int day, String from, String to, String title) {
        return courses.schedule(
                courseId,
                new NewAgendaItem(
                        AgendaItemType.LECTURE,
                        DAY_1.plusDays(day),
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        null,
                        null,
                        null,
                        "王教授",
                        new LocalizedText(title, ""),
                        true));
    }
}
