package org.cadretraining.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.attendance.CheckMethod;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveSetup;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The seed course as it ran (sample data: the seed says only that 20 leading cadres took part): everyone checked in
 * a few minutes before each item and out of each field-study site; one sample trainee late to the Tashan field
 * study, one on approved leave from the closing ceremony (within the 1/7 cap). Then the course completes, which
 * decides each trainee's completion, writes their 学时 to the ledger and issues the certificates.
 */
@Component
@Order(400)
class DemoAttendance implements DemoStep {

    static final String LATE_TRAINEE = "SIT-0103";
    static final String TRAINEE_ON_LEAVE = "SIT-0105";
    private static final String BY = "demo";

    private final JdbcClient jdbc;
    private final CourseSetup courses;
    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final AttendanceSetup attendance;
    private final LeaveSetup leave;
    private final Clock clock;

    DemoAttendance(
            JdbcClient jdbc,
            CourseSetup courses,
            CourseCatalog catalog,
            ClassMembers members,
            AttendanceSetup attendance,
            LeaveSetup leave,
            Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.catalog = catalog;
        this.members = members;
        this.attendance = attendance;
        this.leave = leave;
        this.clock = clock;
    }

    @Override
    public void fill(Seed seed) {
        long course = jdbc.sql("select id from course where title_en = ?")
                .param(seed.courseTitle())
                .query(Long.class)
                .single();
        courses.start(course);
        List<AgendaEntry> agenda = catalog.agenda(course);
        List<ClassMember> trainees =
                members.classList(course).stream().filter(ClassMember::trainee).toList();
        AgendaEntry closing = agenda.stream()
                .filter(item -> item.type() == AgendaItemType.CLOSING_CEREMONY)
                .findFirst()
                .orElseThrow();
        long onLeave = cadre(trainees, TRAINEE_ON_LEAVE);
        leave.approvedLeave(course, onLeave, List.of(closing.id()), "家中有急事，申请结业式请假（示例）");
        long late = cadre(trainees, LATE_TRAINEE);
        for (AgendaEntry item : agenda) {
            for (int n = 0; n < trainees.size(); n++) {
                long cadre = trainees.get(n).cadreId();
                if (cadre == onLeave && item.id() == closing.id()) {
                    continue;
                }
                boolean lateHere = cadre == late && item.type() == AgendaItemType.FIELD_STUDY && isTashan(item);
                Instant in = lateHere
                        ? at(item.day(), item.startsAt().plusMinutes(17))
                        : at(item.day(), item.startsAt().minusMinutes(2 + n % 8));
                attendance.checkIn(item.id(), cadre, in, method(n), null, BY);
                if (item.type() == AgendaItemType.FIELD_STUDY) {
                    attendance.checkOut(
                            item.id(),
                            cadre,
                            at(item.day(), item.endsAt().plusMinutes(1 + n % 5)),
                            method(n),
                            null,
                            BY);
                }
            }
        }
        courses.complete(course);
    }

    private static boolean isTashan(AgendaEntry item) {
        return item.title().en().contains("Tashan");
    }

    /** Most scan the code on the screen; the class teacher taps the rest in on the roster. */
    private static CheckMethod method(int n) {
        return n % 4 == 0 ? CheckMethod.STAFF_TAP : CheckMethod.ROTATING_CODE;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }

    private static long cadre(List<ClassMember> trainees, String staffNumber) {
        return trainees.stream()
                .filter(t -> t.staffNumber().equals(staffNumber))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No trainee " + staffNumber + " in the seed course"))
                .cadreId();
    }
}
