package org.cadretraining.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real courses of real-courses.yaml, moved to the test clock's days: 周口师范学院's five-day 基层党支部书记专题培训班
 * (彭榕 lectures today, a second lecture has no speaker yet; three trainees, two have checked in) and a study of the
 * Third Plenum (学习贯彻党的二十届三中全会精神集中培训) taking nominations, with places for the university and for
 * another institution. The university has two schools below it; 李芳 of the mathematics school has earned 30 学时.
 * Codes carry a random prefix so worlds share one database.
 */
public final class HomeWorld {

    public final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    public final LocalDate today;
    public final long university;
    public final long computing;
    public final long mathematics;
    public final long otherInstitution;
    public final long branchCourse;
    public final long pengRongLecture;
    public final long unstaffedLecture;
    public final long plenumCourse;
    public final long pengRongCadre;
    public final long pengRongLecturer;
    public final long liFang;
    public final List<Long> trainees;
    public final CurrentUser liaison;
    public final CurrentUser otherLiaison;
    public final CurrentUser lecturer;
    public final CurrentUser trainee;

    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private int cadres;

    public HomeWorld(
            OrganisationDirectory directory,
            JdbcClient jdbc,
            EnrolmentSetup enrolment,
            Lecturers lecturers,
            CreditLedger ledger,
            Clock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        today = LocalDate.now(clock);
        university = unit("ZKNU", "周口师范学院" + prefix, "Zhoukou Normal University " + prefix, null);
        computing = unit("CS", "计算机科学与技术学院" + prefix, "School of Computer Science " + prefix, university);
        mathematics = unit("MATH", "数学与统计学院" + prefix, "School of Mathematics " + prefix, university);
        otherInstitution = unit("OTHER", "其他院校" + prefix, "Another institution " + prefix, null);

        pengRongCadre = cadre("彭榕", computing, "COUNTY");
        pengRongLecturer = lecturers.register(
                new LecturerDetails(pengRongCadre, "彭榕" + prefix, "周口师范学院", "计算机科学与技术学院党委书记", "示范党支部创建", "", true));
        liFang = cadre("李芳", mathematics, null);

        branchCourse = course("基层党支部书记专题培训班", today.minusDays(1), today.plusDays(3), "IN_PROGRESS");
        pengRongLecture = item(branchCourse, today, "14:00", "17:00", "国家级样板党支部的创建与建设", pengRongLecturer);
        unstaffedLecture = item(branchCourse, today.plusDays(1), "08:30", "11:30", "党支部日常工作", null);
        trainees = List.of(cadre("刘自富", mathematics, null), cadre("陈广华", mathematics, null), liFang);
        for (long cadre : trainees) {
            enrolment.enrol(branchCourse, cadre, CourseRole.PARTICIPANT);
        }
        checkIn(pengRongLecture, trainees.get(0));
        checkIn(pengRongLecture, trainees.get(1));

        plenumCourse = course("学习贯彻党的二十届三中全会精神集中培训", today.plusDays(7), today.plusDays(8), "NOMINATIONS_OPEN");
        quota(plenumCourse, university, 5);
        quota(plenumCourse, otherInstitution, 9);
        nominate(plenumCourse, cadre("李霄", university, null), university);
        nominate(plenumCourse, cadre("外校干部", otherInstitution, null), otherInstitution);
        nominate(plenumCourse, cadre("外校干部二", otherInstitution, null), otherInstitution);
        // the organiser's class teacher from the university takes none of its places
        enrolment.enrol(plenumCourse, trainees.get(0), CourseRole.CLASS_TEACHER);

        ledger.record(List.of(new NewCreditEntry(
                liFang,
                today.withDayOfMonth(1),
                CreditCategory.FULL_TIME,
                CreditSource.COURSE,
                null,
                "test:" + prefix + "li-fang",
                CreditHours.of("30"),
                new LocalizedText("专题培训 30 学时", "Training, 30 hours"),
                "test")));

        liaison = TestPrincipal.liaison(university);
        otherLiaison = TestPrincipal.liaison(otherInstitution);
        lecturer = TestPrincipal.user(Set.of(Role.LECTURER, Role.CADRE), pengRongCadre, null);
        trainee = TestPrincipal.cadre(liFang);
    }

    long unit(String code, String zh, String en, Long parent) {
        return directory.registerUnit(
                new UnitDetails(prefix + code, new LocalizedText(zh, en), UnitKind.DEPARTMENT, parent, true));
    }

    long cadre(String name, long unit, String rank) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.FEMALE, unit, "党支部书记", "Branch secretary", rank, "", "", "", "", true));
    }

    public long course(String title, LocalDate from, LocalDate to, String status) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, 100, 36, 'PARTY_SPIRIT', ?, ?, 'test') returning id
                        """)
                .params(
                        title + " " + prefix,
                        prefix + title,
                        university,
                        from,
                        to,
                        status,
                        Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    long item(long course, LocalDate day, String from, String to, String title, Long lecturer) {
        return jdbc.sql("""
                        insert into agenda_item (course_id, type, day, starts_at, ends_at, title_zh, title_en,
                                                 speaker_lecturer_id)
                        values (?, 'LECTURE', ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(course, day, LocalTime.parse(from), LocalTime.parse(to), title, title + " (en)", lecturer)
                .query(Long.class)
                .single();
    }

    void checkIn(long item, long cadre) {
        jdbc.sql("""
                        insert into attendance_check (agenda_item_id, cadre_id, direction, checked_at, method,
                                                      recorded_by, recorded_at)
                        values (?, ?, 'IN', now(), 'STAFF_TAP', 'test', now())
                        """).params(item, cadre).update();
    }

    void quota(long course, long unit, int places) {
        jdbc.sql("insert into unit_quota (course_id, unit_id, places) values (?, ?, ?)")
                .params(course, unit, places)
                .update();
    }

    void nominate(long course, long cadre, long quotaUnit) {
        jdbc.sql("""
                        insert into enrolment (course_id, cadre_id, quota_unit_id, status, created_at, created_by)
                        values (?, ?, ?, 'NOMINATED', now(), 'test')
                        """).params(course, cadre, quotaUnit).update();
    }
}
