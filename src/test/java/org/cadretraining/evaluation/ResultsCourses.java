package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
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
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Two real courses (real-courses.yaml) with questionnaires: the provincial organs' Party branch secretaries' course
 * run for two cohorts (省直机关第四十四期、四十五期党支部书记培训班, 19–24 November 2012; 陈力 chairs, 田平 lectures, three
 * advanced branches share their experience) and the two-day study of the Third Plenum (2024-11-14), where 田平
 * lectures again. Both lecturers are internal, each with a lecturer's account. One template holds every kind of
 * question: course questions 0–4, item questions 5–7 (all optional, so an item can have fewer answers than the
 * course).
 */
final class ResultsCourses {

    final MockMvcTester mvc;
    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final long unit;
    final long tianPing;
    final long chenLi;
    final CurrentUser tianPingAccount;
    final CurrentUser chenLiAccount;
    final long templateId;
    final long branchCourse;
    final long tianPingLecture;
    final long experienceExchange;
    final List<CurrentUser> branchTrainees = new ArrayList<>();
    final CurrentUser classTeacher;
    final CurrentUser liaison;
    final CurrentUser outsider;
    final long plenumCourse;
    final long plenumLecture;
    final List<CurrentUser> plenumTrainees = new ArrayList<>();

    private final OrganisationDirectory directory;
    private final EnrolmentSetup enrolments;
    private int cadres;

    ResultsCourses(
            MockMvcTester mvc,
            JdbcClient jdbc,
            OrganisationDirectory directory,
            Lecturers lecturers,
            EnrolmentSetup enrolments) {
        this.mvc = mvc;
        this.directory = directory;
        this.enrolments = enrolments;
        unit = directory.registerUnit(new UnitDetails(
                prefix + "SZJG",
                new LocalizedText("省直机关工委党校", "Party School of the Provincial Organs"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long tianPingCadre = cadre("田平");
        // the chair's name carries this run's prefix: other tests import programmes naming a presider 陈力, which
        // must stay one person in the register
        long chenLiCadre = cadre("陈力" + prefix);
        tianPing = lecturers.register(new LecturerDetails(tianPingCadre, "田平", "省直机关工委党校", "副校长", "党支部建设", "", true));
        chenLi = lecturers.register(
                new LecturerDetails(chenLiCadre, "陈力" + prefix, "省直机关工委党校", "教育长", "教学安排", "", true));
        tianPingAccount = TestPrincipal.user(Set.of(Role.LECTURER, Role.CADRE), tianPingCadre, null);
        chenLiAccount = TestPrincipal.user(Set.of(Role.LECTURER, Role.CADRE), chenLiCadre, null);
        long defaultTemplate = jdbc.sql("select id from evaluation_template where is_default")
                .query(Long.class)
                .single();
        templateId = idOf(
                ApiCalls.postJson(mvc, "/api/v1/evaluation/templates/" + defaultTemplate + "/copies", "{}", organiser));
        assertThat(put("/api/v1/evaluation/templates/" + templateId, TEMPLATE)).hasStatusOk();

        branchCourse = course("省直机关第四十四期、四十五期党支部书记培训班 " + prefix, "2012-11-19", "2012-11-24");
        item(branchCourse, """
                {"type": "OPENING_CEREMONY", "day": "2012-11-19", "startsAt": "08:30", "endsAt": "09:30",
                 "titleZh": "开学典礼", "titleEn": "Opening ceremony", "mandatory": true,
                 "presiderKind": "LECTURER", "presiderLecturerId": %d}
                """.formatted(chenLi));
        tianPingLecture = item(branchCourse, """
                {"type": "LECTURE", "day": "2012-11-19", "startsAt": "10:00", "endsAt": "12:00",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d,
                 "titleZh": "以党的十八大精神引领党支部建设", "titleEn": "Branch building in the spirit of the 18th Congress",
                 "mandatory": true}
                """.formatted(tianPing));
        experienceExchange = item(branchCourse, """
                {"type": "LECTURE", "day": "2012-11-20", "startsAt": "09:00", "endsAt": "11:00",
                 "speakerKind": "TEXT", "speakerText": "三个先进党支部代表",
                 "titleZh": "先进党支部经验交流", "titleEn": "Experience of three advanced branches", "mandatory": true,
                 "presiderKind": "LECTURER", "presiderLecturerId": %d}
                """.formatted(chenLi));
        openNominations(branchCourse);
        for (int i = 0; i < 7; i++) {
            branchTrainees.add(trainee(branchCourse));
        }
        long teacher = cadre("班主任");
        enrolments.enrol(branchCourse, teacher, CourseRole.CLASS_TEACHER);
        classTeacher = TestPrincipal.user(Set.of(Role.CLASS_TEACHER, Role.CADRE), teacher, null);
        questionnaire(branchCourse, tianPingLecture, experienceExchange);

        plenumCourse = course("学习贯彻党的二十届三中全会精神集中培训 " + prefix, "2024-11-14", "2024-11-15");
        plenumLecture = item(plenumCourse, """
                {"type": "LECTURE", "day": "2024-11-14", "startsAt": "09:00", "endsAt": "11:30",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d,
                 "titleZh": "全面深化改革的新部署", "titleEn": "The new plan for deepening reform", "mandatory": true}
                """.formatted(tianPing));
        openNominations(plenumCourse);
        for (int i = 0; i < 5; i++) {
            plenumTrainees.add(trainee(plenumCourse));
        }
        questionnaire(plenumCourse, plenumLecture);
        liaison = TestPrincipal.liaison(unit);
        outsider = TestPrincipal.cadre(cadre("外班干部"));
    }

    /**
     * Course questions 0–4, questions 5–7 asked about each evaluated item, and course question 8 (a template's
     * questions need not be grouped by scope); only question 0 is required.
     */
    static final String TEMPLATE = """
            {"titleZh": "支部书记班评估问卷", "titleEn": "Branch secretaries' questionnaire", "questions": [
              {"scope": "COURSE", "kind": "SATISFACTION", "textZh": "总体满意度", "textEn": "Overall satisfaction", "required": true},
              {"scope": "COURSE", "kind": "RATING", "textZh": "培训组织管理", "textEn": "Organisation", "required": false},
              {"scope": "COURSE", "kind": "SINGLE_CHOICE", "textZh": "培训时长", "textEn": "Length", "required": false,
               "options": [{"zh": "偏短", "en": "Too short"}, {"zh": "适中", "en": "About right"}, {"zh": "偏长", "en": "Too long"}]},
              {"scope": "COURSE", "kind": "MULTIPLE_CHOICE", "textZh": "收获较大的方面", "textEn": "Where you gained most", "required": false,
               "options": [{"zh": "理论素养", "en": "Theory"}, {"zh": "党性修养", "en": "Party spirit"}, {"zh": "履职能力", "en": "Ability"}]},
              {"scope": "COURSE", "kind": "FREE_TEXT", "textZh": "意见和建议", "textEn": "Suggestions", "required": false},
              {"scope": "ITEM", "kind": "RATING", "textZh": "教学内容", "textEn": "Content", "required": false},
              {"scope": "ITEM", "kind": "RATING", "textZh": "授课效果", "textEn": "Delivery", "required": false},
              {"scope": "ITEM", "kind": "FREE_TEXT", "textZh": "对本讲的意见", "textEn": "Remarks on this item", "required": false},
              {"scope": "COURSE", "kind": "RATING", "textZh": "后勤服务保障", "textEn": "Logistics", "required": false}
            ]}
            """;

    /**
     * The hand-counted answers of the branch secretaries' course, one row per trainee: q0, q1, q2, q3, q4, then
     * q5, q6, q7 about 田平's lecture, then q5 about the experience exchange (only three answer it), then q8.
     */
    static final String[][] BRANCH_ANSWERS = {
        {"5", "4", "1", "0,2", "希望增加研讨时间", "5", "5", "讲得透彻", "4", "5"},
        {"5", "5", "1", "0", "", "4", "5", "", "3", "4"},
        {"4", "4", "0", "1,2", "案例再多一些", "5", "4", "", "", "4"},
        {"4", "3", "1", "2", "", "4", "4", "", "5", "5"},
        {"3", "4", "2", "0,1,2", "", "5", "5", "联系实际", "", "3"},
        {"5", "5", "1", "", "", "3", "4", "", "", "4"},
    };

    /** The {@code trainee}-th trainee of the branch course answers their row of {@link #BRANCH_ANSWERS}. */
    void answerBranch(int trainee) {
        String[] row = BRANCH_ANSWERS[trainee];
        StringBuilder json = new StringBuilder("{\"answers\": {");
        field(json, "q0", row[0]);
        field(json, "q1", row[1]);
        field(json, "q2", row[2]);
        field(json, "q3", row[3]);
        field(json, "q4", row[4]);
        field(json, "q5-" + tianPingLecture, row[5]);
        field(json, "q6-" + tianPingLecture, row[6]);
        field(json, "q7-" + tianPingLecture, row[7]);
        field(json, "q5-" + experienceExchange, row[8]);
        field(json, "q8", row[9]);
        json.setLength(json.length() - 1);
        json.append("}}");
        submit(branchCourse, branchTrainees.get(trainee), json.toString());
    }

    /** The first {@code trainees} of the plenum study rate 田平's lecture 4 for content and delivery. */
    void answerPlenum(int trainees) {
        for (CurrentUser trainee : plenumTrainees.subList(0, trainees)) {
            submit(plenumCourse, trainee, """
                    {"answers": {"q0": ["4"], "q5-%1$d": ["4"], "q6-%1$d": ["4"]}}
                    """.formatted(plenumLecture));
        }
    }

    private static void field(StringBuilder json, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        json.append('"').append(field).append("\": [");
        String[] values = field.startsWith("q3") ? value.split(",") : new String[] {value};
        for (String v : values) {
            json.append('"').append(v).append("\",");
        }
        json.setLength(json.length() - 1);
        json.append("],");
    }

    private void submit(long course, CurrentUser trainee, String json) {
        assertThat(ApiCalls.postJson(mvc, "/api/v1/courses/" + course + "/evaluation/responses", json, trainee))
                .hasStatus(204);
    }

    private long course(String title, String startsOn, String endsOn) {
        return idOf(ApiCalls.postJson(
                mvc, "/api/v1/courses", """
                {"titleZh": "%s", "titleEn": "%s", "organiserUnitId": %d, "startsOn": "%s", "endsOn": "%s",
                 "capacity": 140, "requiredHours": 6, "category": "THEORY"}
                """.formatted(title, title, unit, startsOn, endsOn), organiser));
    }

    private long item(long course, String json) {
        return idOf(ApiCalls.postJson(mvc, "/api/v1/courses/" + course + "/agenda", json, organiser));
    }

    private void openNominations(long course) {
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + course + "/open-nominations")
                        .with(as(organiser)))
                .hasStatusOk();
    }

    private CurrentUser trainee(long course) {
        long cadre = cadre("学员" + cadres);
        enrolments.enrol(course, cadre, CourseRole.PARTICIPANT);
        return TestPrincipal.cadre(cadre);
    }

    private void questionnaire(long course, Long... items) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(put("/api/v1/courses/" + course + "/evaluation", """
                        {"templateId": %d, "itemIds": %s, "opensAt": "%s", "closesAt": "%s"}
                        """.formatted(
                        templateId, List.of(items), now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS))))
                .hasStatusOk();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult put(String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private long cadre(String name) {
        cadres++;
        return directory.registerCadre(
                new CadreDetails(prefix + cadres, name, Gender.MALE, unit, "处长", "", null, "", "", "", "", true));
    }
}
