package org.cadretraining.completion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.attendance.CheckMethod;
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
import org.cadretraining.shared.LocalizedText;

/**
 * The two-month division-level class of the Hunan universities' Party school held at HNUST (real-courses.yaml):
 * eight mornings of 3 学时 over two months (24 in all, the 1/7 cap 3.42), the opening, the end-of-course exam and
 * the completion ceremony mandatory, the five lectures between them optional.
 */
class ExamCourseFixture {

    static final LocalDate OPENING = LocalDate.of(2005, 5, 16);
    static final int EXAM = 6;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final long unit;
    final long courseId;
    /** In agenda order: opening, five weekly lectures, the exam, the completion ceremony. */
    final List<Long> items = new ArrayList<>();

    private final List<LocalDate> days = new ArrayList<>();
    private final OrganisationDirectory directory;
    private final CourseSetup courses;
    private final EnrolmentSetup enrolment;
    private final AttendanceSetup attendance;
    private final Clock clock;
    private int cadres;

    ExamCourseFixture(
            OrganisationDirectory directory,
            CourseSetup courses,
            EnrolmentSetup enrolment,
            AttendanceSetup attendance,
            Clock clock,
            CreditHours required) {
        this.directory = directory;
        this.courses = courses;
        this.enrolment = enrolment;
        this.attendance = attendance;
        this.clock = clock;
        unit = directory.registerUnit(new UnitDetails(
                prefix + "U",
                new LocalizedText("湖南科技大学", "Hunan University of Science and Technology"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        courseId = courses.plan(new NewCourse(
                new LocalizedText("省委高校工委党校第47期处干班 " + prefix, "47th division-level class " + prefix),
                new LocalizedText("", ""),
                unit,
                null,
                null,
                OPENING,
                LocalDate.of(2005, 7, 21),
                70,
                required,
                TrainingCategory.THEORY));
        item(OPENING, AgendaItemType.OPENING_CEREMONY, "开班式", "Opening ceremony", true);
        for (int week = 1; week <= 5; week++) {
            item(OPENING.plusWeeks(week), AgendaItemType.LECTURE, "专题讲座 " + week, "Lecture " + week, false);
        }
        item(LocalDate.of(2005, 7, 18), AgendaItemType.EXAM, "结业考试", "End-of-course exam", true);
        item(LocalDate.of(2005, 7, 21), AgendaItemType.CLOSING_CEREMONY, "结业典礼", "Completion ceremony", true);
        courses.openNominations(courseId);
    }

    long trainee(String name) {
        cadres++;
        long cadre = directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.MALE, unit, "处长", "Director", null, "", "", "", "", true));
        enrolment.enrol(courseId, cadre, CourseRole.PARTICIPANT);
        return cadre;
    }

    void begin() {
        courses.closeNominations(courseId);
        courses.start(courseId);
    }

    void complete() {
        courses.complete(courseId);
    }

    void attendsAllBut(long cadreId, int skipped) {
        for (int index = 0; index < items.size(); index++) {
            if (index != skipped) {
                attendance.checkIn(items.get(index), cadreId, at(index, 8, 28), CheckMethod.STAFF_TAP, null, "test");
                attendance.checkOut(items.get(index), cadreId, at(index, 11, 35), CheckMethod.STAFF_TAP, null, "test");
            }
        }
    }

    private Instant at(int index, int hour, int minute) {
        return days.get(index).atTime(hour, minute).atZone(clock.getZone()).toInstant();
    }

    private void item(LocalDate day, AgendaItemType type, String zh, String en, boolean mandatory) {
        items.add(courses.schedule(
                courseId,
                new NewAgendaItem(
                        type,
                        day,
                        LocalTime.of(8, 30),
                        LocalTime.of(11, 30),
                        null,
                        null,
                        null,
                        "宋元林",
                        new LocalizedText(zh, en),
                        mandatory)));
        days.add(day);
    }
}
