package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A course in progress with one agenda item and a class: trainees, a class teacher, and a cadre of another course.
 * Courses and items are written straight into the course tables, as the enrolment tests do. Codes carry a random
 * prefix so fixtures share one database.
 */
public class AttendanceFixture {

    public final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private final EnrolmentSetup enrolment;
    public final long unit;
    private int cadres;

    public AttendanceFixture(OrganisationDirectory directory, JdbcClient jdbc, EnrolmentSetup enrolment) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.enrolment = enrolment;
        unit = directory.registerUnit(new UnitDetails(
                prefix + "U", new LocalizedText("党校", "Party school"), UnitKind.PARTY_COMMITTEE, null, true));
    }

    public long cadre(String name) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.FEMALE, unit, "副院长", "Deputy dean", null, "", "", "", "", true));
    }

    public long course(LocalDate day) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, 100, 18, 'PARTY_SPIRIT', 'IN_PROGRESS', ?, 'test') returning id
                        """)
                .params("考勤测试班 " + prefix, prefix + "Attendance course", unit, day, day, Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    /** A course of several days in the given state, titled as one of the real courses it is shaped like. */
    public long course(String title, LocalDate from, LocalDate to, String status) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, 100, 18, 'PARTY_SPIRIT', ?, ?, 'test') returning id
                        """)
                .params(title + " " + prefix, prefix + title, unit, from, to, status, Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    /**
     * An item of today whose check-in is open now, by the clock: it began 30 minutes ago and lasts three hours
     * (ending before midnight), so tests that move the shared clock a little leave it open.
     */
    public long itemOpenNow(long courseId, java.time.Clock clock, String type) {
        java.time.LocalDateTime now =
                java.time.LocalDateTime.now(clock).withSecond(0).withNano(0);
        LocalTime from = now.minusMinutes(30).toLocalTime();
        LocalTime to = now.toLocalTime().isAfter(LocalTime.of(20, 58))
                ? LocalTime.of(23, 59)
                : now.plusHours(3).toLocalTime();
        if (from.isAfter(now.toLocalTime())) {
            from = LocalTime.MIDNIGHT;
        }
        return item(courseId, now.toLocalDate(), from.toString(), to.toString(), type);
    }

    public long item(long courseId, LocalDate day, String from, String to, String type) {
        return jdbc.sql("""
                        insert into agenda_item (course_id, type, day, starts_at, ends_at, title_zh, title_en)
                        values (?, ?, ?, ?, ?, ?, 'Item') returning id
                        """)
                .params(courseId, type, day, LocalTime.parse(from), LocalTime.parse(to), "专题讲座 " + prefix)
                .query(Long.class)
                .single();
    }

    public long trainee(long courseId, String name) {
        long cadreId = cadre(name);
        enrolment.enrol(courseId, cadreId, CourseRole.PARTICIPANT);
        return cadreId;
    }

    public CurrentUser classTeacher(long courseId) {
        long cadreId = cadre("班主任");
        enrolment.enrol(courseId, cadreId, CourseRole.CLASS_TEACHER);
        return TestPrincipal.user(Set.of(Role.CADRE, Role.CLASS_TEACHER), cadreId, null);
    }

    public int checkIns(long itemId) {
        return jdbc.sql("select count(*) from attendance_check where agenda_item_id = ? and direction = 'IN'")
                .param(itemId)
                .query(Integer.class)
                .single();
    }

    public int audited(long itemId, String outcome) {
        return jdbc.sql("select count(*) from attendance_audit where agenda_item_id = ? and outcome = ?")
                .params(itemId, outcome)
                .query(Integer.class)
                .single();
    }
}
