package org.cadretraining.report.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
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
 * Two real courses of real-courses.yaml, as they were held. 周口师范学院's five-day 基层党支部书记专题培训班 (21–25 May
 * 2021): five items (彭榕's lecture, the visit to the model Party branch, small-group study, hands-on practice, the
 * wrap-up), four trainees in two groups and a class teacher; 陈广华 on leave for two days, 李霄 absent then withdrawn;
 * completion decided (three completed, 李霄 not, with the reason), certificates, two reflection reports, a schedule
 * change, a news article, two materials and a photo, three evaluation responses (fewer than the five needed to show
 * anything). And DUT's 38th Xinjiang Public Administration Cadres Training Class's opening morning (21 October
 * 2014): the ceremony and the badges, forty trainees all present, nothing else yet. Codes carry a random prefix so
 * worlds share one database.
 */
public final class ArchiveWorld {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    public final long university;
    public final long otherUnit;
    public final long branchCourse;
    public final List<Long> branchItems = new ArrayList<>();
    public final List<Long> branchTrainees;
    public final long classTeacher;
    public final long pengRong;
    public final long xinjiangCourse;
    public final List<Long> xinjiangItems = new ArrayList<>();
    public final List<Long> xinjiangTrainees = new ArrayList<>();

    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private final ArchiveRows rows;
    private int cadres;

    public ArchiveWorld(OrganisationDirectory directory, JdbcClient jdbc, Lecturers lecturers) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.rows = new ArchiveRows(jdbc, prefix);
        university = unit("ZKNU", "周口师范学院" + prefix, "Zhoukou Normal University " + prefix);
        otherUnit = unit("DUT", "大连理工大学" + prefix, "Dalian University of Technology " + prefix);

        pengRong = cadre("彭榕", "Peng Rong", university);
        long pengRongLecturer = lecturers.register(
                new LecturerDetails(pengRong, "彭榕" + prefix, "周口师范学院", "计算机科学与技术学院党委书记", "", "", true));
        branchCourse = course(
                "基层党支部书记专题培训班",
                "Training course for grassroots Party branch secretaries",
                university,
                LocalDate.of(2021, 5, 21),
                LocalDate.of(2021, 5, 25));
        branchItems.add(item(branchCourse, "LECTURE", LocalDate.of(2021, 5, 21), "国家级样板党支部的创建与建设", pengRongLecturer));
        branchItems.add(item(branchCourse, "FIELD_STUDY", LocalDate.of(2021, 5, 22), "观摩国家级样板党支部", null));
        branchItems.add(item(branchCourse, "GROUP_DISCUSSION", LocalDate.of(2021, 5, 23), "分组学习十九届五中全会公报", null));
        branchItems.add(item(branchCourse, "OTHER", LocalDate.of(2021, 5, 24), "对照规定审核学生党员发展材料", null));
        branchItems.add(item(branchCourse, "GROUP_DISCUSSION", LocalDate.of(2021, 5, 25), "学员交流学习体会", null));
        branchTrainees = List.of(
                cadre("刘自富", "Liu Zifu", university),
                cadre("陈广华", "Chen Guanghua", university),
                cadre("李芳", "Li Fang", university),
                cadre("李霄", "Li Xiao", university));
        classTeacher = cadre("刘吉杰", "Liu Jijie", university);
        List<Long> enrolments = new ArrayList<>();
        for (long trainee : branchTrainees) {
            enrolments.add(enrol(branchCourse, trainee, "PARTICIPANT"));
        }
        enrol(branchCourse, classTeacher, "CLASS_TEACHER");
        group(branchCourse, "第一组", enrolments.subList(0, 2));
        group(branchCourse, "第二组", enrolments.subList(2, 4));
        for (int day = 0; day < 5; day++) {
            rows.checkIn(branchItems.get(day), branchTrainees.get(0), LocalDate.of(2021, 5, 21 + day), "08:30");
            if (day > 1) {
                rows.checkIn(branchItems.get(day), branchTrainees.get(1), LocalDate.of(2021, 5, 21 + day), "08:30");
            }
            rows.checkIn(
                    branchItems.get(day),
                    branchTrainees.get(2),
                    LocalDate.of(2021, 5, 21 + day),
                    day == 0 ? "09:10" : "08:30");
        }
        rows.leave(branchCourse, branchTrainees.get(1), branchItems.subList(0, 2), "参加学校迎评工作");
        jdbc.sql("""
                        insert into completion_make_up (course_id, cadre_id, agenda_item_id, kind, reason, recorded_at,
                                                        recorded_by)
                        values (?, ?, ?, 'RECORDING', '观看开班式录像', ?, 'organiser')
                        """)
                .params(branchCourse, branchTrainees.get(1), branchItems.get(0), ArchiveRows.at(2021, 5, 24, "10:00"))
                .update();
        jdbc.sql("""
                        insert into course_withdrawal (course_id, cadre_id, reason, withdrawn_at, withdrawn_by)
                        values (?, ?, '无故缺课超过规定', ?, 'organiser')
                        """)
                .params(branchCourse, branchTrainees.get(3), ArchiveRows.at(2021, 5, 23, "18:00"))
                .update();
        for (long trainee : branchTrainees) {
            boolean completed = trainee != branchTrainees.get(3);
            rows.decide(branchCourse, trainee, completed, completed ? "30" : "0");
            if (completed) {
                rows.certificate(branchCourse, trainee);
            }
        }
        rows.reflection(branchCourse, branchTrainees.get(0), "通过五天学习，进一步明确了基层党支部书记的职责。");
        rows.reflection(branchCourse, branchTrainees.get(2), "样板党支部的经验值得学习。");
        jdbc.sql("""
                        insert into schedule_version (course_id, version, agenda_item_id, change, before_zh, before_en,
                                                      after_zh, after_en, changed_at, changed_by)
                        values (?, 1, ?, 'CHANGED', '5月23日 08:30 分组研讨', '23 May 08:30 group study',
                                '5月23日 14:30 分组研讨', '23 May 14:30 group study', ?, 'organiser')
                        """)
                .params(branchCourse, branchItems.get(2), ArchiveRows.at(2021, 5, 20, "10:00"))
                .update();
        rows.article(branchCourse, "我校举办基层党支部书记专题培训班");
        rows.material(branchCourse, branchItems.get(0), "样板党支部建设讲义", "讲义.pdf", "%PDF-1.4 lecture notes");
        rows.material(branchCourse, null, "培训日程", "programme.txt", "21-25 May 2021");
        rows.photo(branchCourse, "开班合影", "opening.jpg");
        rows.evaluation(branchCourse, 3, branchTrainees.subList(0, 3));

        xinjiangCourse = course(
                "第38期新疆公共管理干部培训班",
                "38th Xinjiang Public Administration Cadres Training Class",
                otherUnit,
                LocalDate.of(2014, 10, 21),
                LocalDate.of(2014, 10, 21));
        xinjiangItems.add(item(xinjiangCourse, "OPENING_CEREMONY", LocalDate.of(2014, 10, 21), "开班典礼", null));
        xinjiangItems.add(item(xinjiangCourse, "OTHER", LocalDate.of(2014, 10, 21), "为学员佩戴大连理工大学校徽", null));
        for (int i = 1; i <= 40; i++) {
            long trainee = cadre("新疆学员" + i, "Xinjiang trainee " + i, otherUnit);
            xinjiangTrainees.add(trainee);
            enrol(xinjiangCourse, trainee, "PARTICIPANT");
            for (long item : xinjiangItems) {
                rows.checkIn(item, trainee, LocalDate.of(2014, 10, 21), "08:30");
            }
        }
    }

    CurrentUser trainee() {
        return TestPrincipal.cadre(branchTrainees.get(2));
    }

    CurrentUser lecturer() {
        return TestPrincipal.user(Set.of(Role.LECTURER, Role.CADRE), pengRong, null);
    }

    CurrentUser otherLiaison() {
        return TestPrincipal.liaison(otherUnit);
    }

    CurrentUser classTeacher() {
        return TestPrincipal.cadre(classTeacher);
    }

    private long unit(String code, String zh, String en) {
        return directory.registerUnit(
                new UnitDetails(prefix + code, new LocalizedText(zh, en), UnitKind.SCHOOL, null, true));
    }

    private long cadre(String name, String english, long unit) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres,
                name,
                english,
                Gender.FEMALE,
                unit,
                "党支部书记",
                "Branch secretary",
                null,
                "",
                "",
                "",
                "",
                true));
    }

    private long course(String zh, String en, long organiser, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, 100, 24, 'PARTY_SPIRIT', 'COMPLETED', now(), 'test') returning id
                        """)
                .params(zh + " " + prefix, en + " " + prefix, organiser, from, to)
                .query(Long.class)
                .single();
    }

    private long item(long course, String type, LocalDate day, String title, Long lecturer) {
        return jdbc.sql("""
                        insert into agenda_item (course_id, type, day, starts_at, ends_at, title_zh, title_en,
                                                 speaker_lecturer_id, credit_hours)
                        values (?, ?, ?, '08:30', '11:30', ?, ?, ?, 3) returning id
                        """)
                .params(course, type, day, title, title + " (en)", lecturer)
                .query(Long.class)
                .single();
    }

    private long enrol(long course, long cadre, String role) {
        return jdbc.sql("""
                        insert into enrolment (course_id, cadre_id, status, course_role, created_at, created_by)
                        values (?, ?, 'APPROVED', ?, now(), 'test') returning id
                        """).params(course, cadre, role).query(Long.class).single();
    }

    private void group(long course, String name, List<Long> enrolments) {
        long group = jdbc.sql("insert into study_group (course_id, name) values (?, ?) returning id")
                .params(course, name)
                .query(Long.class)
                .single();
        for (long enrolment : enrolments) {
            jdbc.sql("insert into study_group_member (group_id, enrolment_id) values (?, ?)")
                    .params(group, enrolment)
                    .update();
        }
    }
}
