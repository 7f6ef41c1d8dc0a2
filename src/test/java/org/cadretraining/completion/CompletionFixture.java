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
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
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
 * A course across New Year (30 Dec 2023 – 2 Jan 2024), eight half days of 3 学时 (24 in all; the 1/7 cap is 3.43),
 * 18 required. Day 1: opening (mandatory) and a field study at the Tashan memorial hall (mandatory); day 4 morning
 * a mandatory lecture; the rest optional. Cadres and units carry a prefix so fixtures share one database.
 */
class CompletionFixture {

    static final LocalDate DAY_1 = LocalDate.of(2023, 12, 30);

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CourseSetup courses;
    final AttendanceSetup attendance;
    final EnrolmentSetup enrolment;
    final OrganisationDirectory directory;
    final Clock clock;
    final long unit;
    final long otherUnit;
    final long memorialHall;
    final long courseId;
    /** The items in agenda order: [day1 AM, day1 PM, day2 AM, day2 PM, day3 AM, day3 PM, day4 AM, day4 PM]. */
    final List<Long> items = new ArrayList<>();

    private final List<LocalTime[]> times = new ArrayList<>();
    private final List<LocalDate> days = new ArrayList<>();
    private int cadres;

    CompletionFixture(
            OrganisationDirectory directory,
            CourseSetup courses,
            EnrolmentSetup enrolment,
            AttendanceSetup attendance,
            Sites sites,
            Clock clock) {
        this.directory = directory;
        this.courses = courses;
        this.enrolment = enrolment;
        this.attendance = attendance;
        this.clock = clock;
        unit = directory.registerUnit(new UnitDetails(
                prefix + "U",
                new LocalizedText("组织部", "Organisation Department"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        otherUnit = directory.registerUnit(new UnitDetails(
                prefix + "O",
                new LocalizedText("化学工程学院", "School of Chemistry"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        memorialHall = sites.register(new SiteDetails(
                new LocalizedText("塔山阻击战纪念馆", "Tashan Blocking Battle Memorial Hall"),
                "葫芦岛市",
                SiteKind.MEMORIAL_HALL,
                80,
                true));
        courseId = courses.plan(new NewCourse(
                new LocalizedText("跨年培训班 " + prefix, prefix + "New Year course"),
                new LocalizedText("", ""),
                unit,
                null,
                null,
                DAY_1,
                DAY_1.plusDays(3),
                30,
                CreditHours.of("18"),
                TrainingCategory.THEORY));
        for (int day = 0; day < 4; day++) {
            boolean firstDay = day == 0;
            item(
                    day,
                    "08:30",
                    "11:30",
                    AgendaItemType.LECTURE,
                    null,
                    firstDay ? "开班式" : "专题讲座 " + day,
                    firstDay || day == 3);
            item(
                    day,
                    "14:00",
                    "17:00",
                    firstDay ? AgendaItemType.FIELD_STUDY : AgendaItemType.GROUP_DISCUSSION,
                    firstDay ? memorialHall : null,
                    firstDay ? "" : "研讨 " + day,
                    firstDay);
        }
        courses.openNominations(courseId);
    }

    long trainee(String name) {
        return trainee(name, unit);
    }

    long trainee(String name, long unitId) {
        long cadre = cadre(name, unitId);
        enrolment.enrol(courseId, cadre, CourseRole.PARTICIPANT);
        return cadre;
    }

    long cadre(String name, long unitId) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.MALE, unitId, "副处长", "Deputy director", null, "", "", "", "", true));
    }

    void begin() {
        courses.closeNominations(courseId);
        courses.start(courseId);
    }

    void complete() {
        courses.complete(courseId);
    }

    /** Checks the cadre in two minutes after the item starts and out ten minutes after it ends. */
    void attends(long cadreId, int index) {
        attends(cadreId, index, 2, 10);
    }

    void attends(long cadreId, int index, int minutesLate, int minutesAfterEnd) {
        attendance.checkIn(
                items.get(index),
                cadreId,
                at(index, times.get(index)[0].plusMinutes(minutesLate)),
                CheckMethod.STAFF_TAP,
                null,
                "test");
        attendance.checkOut(
                items.get(index),
                cadreId,
                at(index, times.get(index)[1].plusMinutes(minutesAfterEnd)),
                CheckMethod.STAFF_TAP,
                null,
                "test");
    }

    void attendsAllBut(long cadreId, int... skipped) {
        outer:
        for (int index = 0; index < items.size(); index++) {
            for (int skip : skipped) {
                if (skip == index) {
                    continue outer;
                }
            }
            attends(cadreId, index);
        }
    }

    private Instant at(int index, LocalTime time) {
        return days.get(index).atTime(time).atZone(clock.getZone()).toInstant();
    }

    private void item(
            int day, String from, String to, AgendaItemType type, Long site, String title, boolean mandatory) {
        LocalDate date = DAY_1.plusDays(day);
        items.add(courses.schedule(
                courseId,
                new NewAgendaItem(
                        type,
                        date,
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        site,
                        null,
                        null,
                        "王教授",
                        new LocalizedText(title, title.isEmpty() ? "" : "EN " + title),
                        mandatory)));
        times.add(new LocalTime[] {LocalTime.parse(from), LocalTime.parse(to)});
        days.add(date);
    }
}
