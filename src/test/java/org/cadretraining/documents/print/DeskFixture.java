package org.cadretraining.documents.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cadretraining.course.CourseSetup;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A course of the shape of the real one-week course in Beijing (real-courses.yaml: a university's newly appointed
 * cadres at a national academy, 10–16 August 2024, 76 participants, residential): a team leader with a two-character
 * name, a class teacher with a three-character name and an English name, and participants of units with long names,
 * in two study groups. Staff numbers carry a prefix of their own so fixtures can share one database.
 */
public class DeskFixture {

    public static final String TITLE_ZH = "贵州大学新任职干部培训班";
    public static final String TITLE_EN = "Training programme for newly appointed officials of Guizhou University";
    public static final String LONG_UNIT_ZH = "中国共产党贵州大学委员会组织部（党校）暨干部教育培训与人才工作办公室";
    public static final String LONG_UNIT_EN =
            "Organization Department (Party School) and Office of Cadre Education, Training and Talent Work of the"
                    + " Party Committee of Guizhou University";

    public final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    public final long university;
    public final long longUnit;
    public final long course;
    /** 王强: two characters, the team leader. */
    public final long wangQiang;
    /** 欧阳明华 would be four; 李晓梅 is three, with the English name Li Xiaomei: the class teacher. */
    public final long liXiaomei;

    public final List<Long> participants = new ArrayList<>();

    public DeskFixture(
            OrganisationDirectory directory, CourseSetup courses, EnrolmentSetup enrolment, JdbcClient jdbc, int size) {
        university = directory.registerUnit(new UnitDetails(
                prefix + "GZU", new LocalizedText("贵州大学", "Guizhou University"), UnitKind.PARTY_COMMITTEE, null, true));
        longUnit = directory.registerUnit(new UnitDetails(
                prefix + "OD", new LocalizedText(LONG_UNIT_ZH, LONG_UNIT_EN), UnitKind.DEPARTMENT, university, true));
        course = courses.plan(new CourseSetup.NewCourse(
                new LocalizedText(TITLE_ZH, TITLE_EN),
                new LocalizedText("", ""),
                university,
                null,
                null,
                LocalDate.of(2024, 8, 10),
                LocalDate.of(2024, 8, 16),
                size + 10,
                CreditHours.of("40"),
                TrainingCategory.THEORY));
        courses.openNominations(course);
        wangQiang = cadre(directory, "000", "王强", "", "党委副书记", "Deputy Party Secretary");
        liXiaomei = cadre(directory, "001", "李晓梅", "Li Xiaomei", "组织部副部长", "Deputy Director");
        enrolment.enrol(course, wangQiang, CourseRole.TEAM_LEADER);
        enrolment.enrol(course, liXiaomei, CourseRole.CLASS_TEACHER);
        long groupOne = group(jdbc, "一");
        long groupTwo = group(jdbc, "二");
        String[] surnames = {"张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"建国", "丽", "志强", "敏", "海燕", "伟", "晓东", "静"};
        for (int i = 0; i < size - 2; i++) {
            long id = cadre(
                    directory,
                    "%03d".formatted(i + 2),
                    surnames[i % surnames.length] + given[(i / surnames.length) % given.length],
                    "",
                    "副处长",
                    "Deputy Division Director");
            long enrolmentId = enrolment.enrol(course, id, CourseRole.PARTICIPANT);
            jdbc.sql("insert into study_group_member (group_id, enrolment_id) values (?, ?)")
                    .params(i % 2 == 0 ? groupOne : groupTwo, enrolmentId)
                    .update();
            participants.add(id);
        }
    }

    public String staffNumber(int index) {
        return prefix + "%03d".formatted(index);
    }

    private long cadre(
            OrganisationDirectory directory, String number, String name, String nameEn, String zh, String en) {
        return directory.registerCadre(new CadreDetails(
                prefix + number, name, nameEn, Gender.MALE, longUnit, zh, en, null, "", "", "", "", true));
    }

    private long group(JdbcClient jdbc, String name) {
        return jdbc.sql("insert into study_group (course_id, name) values (?, ?) returning id")
                .params(course, name)
                .query(Long.class)
                .single();
    }
}
