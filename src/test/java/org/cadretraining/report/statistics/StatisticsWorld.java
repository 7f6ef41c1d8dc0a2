package org.cadretraining.report.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real courses of real-courses.yaml on their own dates: 周口师范学院's five-day 基层党支部书记专题培训班
 * (2021-05-21 to 25) and, a year earlier, the three-day online 乡村振兴和基层治理专题网络培训班 (2020-06-02 to 04).
 * The trainees are sample cadres of the university's two schools, plus one of another institution in the 2021
 * course (a liaison of the university must never count them) and a class teacher (staff, never a trainee). In 2021
 * 李芳 took leave and was withdrawn, 李霄 had 20 学时 of confirmed training elsewhere and 彭榕 50 of online learning;
 * 刘自富 earned 54 elsewhere and 50 online, so he alone meets both yearly requirements of his rank (90 full-time,
 * 50 online); 赵敏 trained in neither year. Codes carry a random prefix so worlds share one database.
 */
public final class StatisticsWorld {

    public static final int YEAR = 2021;

    public final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    public final long university;
    public final long computing;
    public final long mathematics;
    public final long otherInstitution;
    public final long branchCourse;
    public final long villageCourse;
    public final long pengRong;
    public final long liuZifu;
    public final long chenGuanghua;
    public final long liFang;
    public final long liXiao;
    public final long zhaoMin;
    public final long outsider;
    public final CurrentUser liaison;
    public final CurrentUser otherLiaison;

    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private int cadres;
    private final int shift;

    public StatisticsWorld(OrganisationDirectory directory, JdbcClient jdbc, CreditLedger ledger) {
        this(directory, jdbc, ledger, YEAR);
    }

    /** The same world with every day moved to {@code year} (and the year before it) instead of 2021. */
    public StatisticsWorld(OrganisationDirectory directory, JdbcClient jdbc, CreditLedger ledger, int year) {
        this.directory = directory;
        this.shift = year - YEAR;
        this.jdbc = jdbc;
        university = unit("ZKNU", "周口师范学院" + prefix, "Zhoukou Normal University " + prefix, null);
        computing = unit("CS", "计算机科学与技术学院" + prefix, "School of Computer Science " + prefix, university);
        mathematics = unit("MATH", "数学与统计学院" + prefix, "School of Mathematics " + prefix, university);
        otherInstitution = unit("OTHER", "其他院校" + prefix, "Another institution " + prefix, null);

        pengRong = cadre("彭榕", computing, "COUNTY", "党政领导干部");
        liuZifu = cadre("刘自富", mathematics, "SECTION", "党务干部");
        chenGuanghua = cadre("陈广华", mathematics, "SECTION", "党务干部");
        liFang = cadre("李芳", mathematics, null, "");
        liXiao = cadre("李霄", university, "BUREAU", "党政领导干部");
        zhaoMin = cadre("赵敏", computing, "STAFF", "");
        outsider = cadre("外校干部", otherInstitution, "SECTION", "党务干部");

        branchCourse = course(
                "基层党支部书记专题培训班",
                "Training course for grassroots Party branch secretaries",
                day(2021, 5, 21),
                day(2021, 5, 25),
                "FULL_TIME",
                "PARTY_SPIRIT");
        for (long trainee : List.of(pengRong, liuZifu, chenGuanghua, liFang, outsider)) {
            place(branchCourse, trainee, trainee == pengRong ? "TEAM_LEADER" : "PARTICIPANT");
        }
        place(branchCourse, liXiao, "CLASS_TEACHER");
        for (long completed : List.of(pengRong, liuZifu, chenGuanghua, outsider)) {
            complete(branchCourse, completed, true, "36");
            ledger.record(List.of(entry(
                    completed, day(2021, 5, 25), CreditCategory.FULL_TIME, CreditSource.COURSE, branchCourse, "36")));
        }
        complete(branchCourse, liFang, false, "0");
        jdbc.sql("""
                        insert into leave_request (course_id, cadre_id, reason, status, hours, requested_at, requested_by,
                                                   decided_at, decided_by)
                        values (?, ?, '家中有事', 'APPROVED', 12, now(), 'test', now(), 'test')
                        """).params(branchCourse, liFang).update();
        jdbc.sql("""
                        insert into course_withdrawal (course_id, cadre_id, reason, withdrawn_at, withdrawn_by)
                        values (?, ?, '请假超过 1/7', now(), 'test')
                        """).params(branchCourse, liFang).update();
        // as leave's withdrawal leaves the place: withdrawn from the course, still a place of it
        jdbc.sql(
                        "update enrolment set status = 'DISCONTINUED', reason = '请假超过 1/7' where course_id = ? and cadre_id = ?")
                .params(branchCourse, liFang)
                .update();
        ledger.record(List.of(
                entry(liXiao, day(2021, 9, 10), CreditCategory.FULL_TIME, CreditSource.EXTERNAL, null, "20"),
                entry(pengRong, day(2021, 12, 1), CreditCategory.ONLINE, CreditSource.ONLINE, null, "50"),
                entry(liuZifu, day(2021, 10, 15), CreditCategory.FULL_TIME, CreditSource.EXTERNAL, null, "54"),
                entry(liuZifu, day(2021, 11, 20), CreditCategory.ONLINE, CreditSource.ONLINE, null, "50")));

        villageCourse = course(
                "乡村振兴和基层治理专题网络培训班",
                "Online course on rural revitalisation and grassroots governance",
                day(2020, 6, 2),
                day(2020, 6, 4),
                "ONLINE",
                "THEORY");
        for (long trainee : List.of(liuZifu, chenGuanghua)) {
            place(villageCourse, trainee, "PARTICIPANT");
            complete(villageCourse, trainee, true, "12");
            ledger.record(List.of(
                    entry(trainee, day(2020, 6, 4), CreditCategory.ONLINE, CreditSource.COURSE, villageCourse, "12")));
        }
        liaison = TestPrincipal.liaison(university);
        otherLiaison = TestPrincipal.liaison(otherInstitution);
    }

    private LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year + shift, month, dayOfMonth);
    }

    private long unit(String code, String zh, String en, Long parent) {
        return directory.registerUnit(
                new UnitDetails(prefix + code, new LocalizedText(zh, en), UnitKind.DEPARTMENT, parent, true));
    }

    private long cadre(String name, long unit, String rank, String category) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.FEMALE, unit, "干部", "Cadre", rank, category, "", "", "", true));
    }

    private long course(String zh, String en, LocalDate from, LocalDate to, String form, String type) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by, training_form)
                        values (?, ?, ?, ?, ?, 120, 36, ?, 'COMPLETED', ?, 'test', ?) returning id
                        """)
                .params(
                        zh + " " + prefix,
                        en + " " + prefix,
                        university,
                        from,
                        to,
                        type,
                        Timestamp.from(Instant.now()),
                        form)
                .query(Long.class)
                .single();
    }

    private void place(long course, long cadre, String role) {
        jdbc.sql("""
                        insert into enrolment (course_id, cadre_id, status, course_role, created_at, created_by)
                        values (?, ?, 'APPROVED', ?, now(), 'test')
                        """).params(course, cadre, role).update();
    }

    private void complete(long course, long cadre, boolean completed, String hours) {
        jdbc.sql("""
                        insert into course_completion (course_id, cadre_id, completed, credited_hours, leave_hours,
                                                       decided_at)
                        values (?, ?, ?, ?::numeric, 0, now())
                        """).params(course, cadre, completed, hours).update();
    }

    private NewCreditEntry entry(
            long cadre, LocalDate day, CreditCategory category, CreditSource source, Long course, String hours) {
        return new NewCreditEntry(
                cadre,
                day,
                category,
                source,
                course,
                "test:" + prefix + source + ":" + cadre + ":" + day,
                CreditHours.of(hours),
                new LocalizedText("测试学时", "Test credit hours"),
                "test");
    }
}
