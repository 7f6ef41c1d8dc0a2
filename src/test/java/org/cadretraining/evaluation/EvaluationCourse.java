package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A course shaped like the seed's (the Party School of Jinzhou Municipal Committee, 17–19 March 2023): an opening
 * ceremony and two micro-courses, one given by a lecturer of the register; four trainees, a class teacher, a
 * lecturer's account and a cadre from outside the course.
 */
final class EvaluationCourse {

    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    final long courseId;
    final long opening;
    final long microCourse;
    final long secondMicroCourse;
    final CurrentUser[] trainees = new CurrentUser[4];
    final CurrentUser classTeacher;
    final CurrentUser lecturer;
    final CurrentUser outsider;
    final CurrentUser liaison;

    EvaluationCourse(
            MockMvcTester mvc,
            JdbcClient jdbc,
            OrganisationDirectory directory,
            Lecturers lecturers,
            EnrolmentSetup enrolments) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        long school = directory.registerUnit(new UnitDetails(
                prefix + "SIT", new LocalizedText("上海应用技术大学", "SIT"), UnitKind.PARTY_COMMITTEE, null, true));
        long lecturerCadre = cadre(directory, school, "90", "何老师");
        long lecturerId =
                lecturers.register(new LecturerDetails(lecturerCadre, "何老师", "锦州市委党校", "副教授", "党性教育", "", true));
        courseId = idOf(post("/api/v1/courses", """
                {"titleZh": "领导干部政治能力提升培训班 %s", "titleEn": "Training course for improving political ability %s",
                 "organiserUnitId": %d, "startsOn": "2023-03-17", "endsOn": "2023-03-19", "capacity": 30,
                 "requiredHours": 6, "category": "THEORY"}
                """.formatted(prefix, prefix, school)));
        opening = item("""
                {"type": "OPENING_CEREMONY", "day": "2023-03-17", "startsAt": "08:30", "endsAt": "09:00",
                 "titleZh": "开班式", "titleEn": "Opening ceremony", "mandatory": true}
                """);
        microCourse = item("""
                {"type": "MICRO_COURSE", "day": "2023-03-17", "startsAt": "09:00", "endsAt": "10:00",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d,
                 "titleZh": "弘扬伟大建党精神", "titleEn": "Carrying forward the great founding spirit", "mandatory": true}
                """.formatted(lecturerId));
        secondMicroCourse = item("""
                {"type": "MICRO_COURSE", "day": "2023-03-18", "startsAt": "09:00", "endsAt": "10:00",
                 "speakerKind": "TEXT", "speakerText": "白静",
                 "titleZh": "传承红色基因", "titleEn": "Passing on the red gene", "mandatory": true}
                """);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/open-nominations")
                        .with(as(organiser)))
                .hasStatusOk();
        for (int i = 0; i < trainees.length; i++) {
            long cadre = cadre(directory, school, "0" + i, "学员" + i);
            enrolments.enrol(courseId, cadre, i == 0 ? CourseRole.GROUP_LEADER : CourseRole.PARTICIPANT);
            trainees[i] = TestPrincipal.cadre(cadre);
        }
        long teacher = cadre(directory, school, "80", "班主任");
        enrolments.enrol(courseId, teacher, CourseRole.CLASS_TEACHER);
        classTeacher = TestPrincipal.user(Set.of(Role.CLASS_TEACHER, Role.CADRE), teacher, null);
        lecturer = TestPrincipal.user(Set.of(Role.LECTURER, Role.CADRE), lecturerCadre, null);
        outsider = TestPrincipal.cadre(cadre(directory, school, "70", "外班干部"));
        liaison = TestPrincipal.liaison(school);
    }

    long defaultTemplate() {
        return jdbc.sql("select id from evaluation_template where is_default")
                .query(Long.class)
                .single();
    }

    /** Sets up the questionnaire with the default template, open from an hour ago for a day. */
    void openQuestionnaire(boolean requiredForCompletion) {
        questionnaireOpeningIn(Duration.ofHours(-1), requiredForCompletion);
    }

    /** Sets up the questionnaire with the default template, opening after {@code opensIn} and closing a day later. */
    void questionnaireOpeningIn(Duration opensIn, boolean requiredForCompletion) {
        Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(opensIn);
        assertThat(put(
                        "/api/v1/courses/" + courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d, %d], "opensAt": "%s", "closesAt": "%s",
                         "requiredForCompletion": %s}
                        """.formatted(
                                        defaultTemplate(),
                                        microCourse,
                                        secondMicroCourse,
                                        opens,
                                        opens.plus(1, ChronoUnit.DAYS),
                                        requiredForCompletion),
                        organiser))
                .hasStatusOk();
    }

    /** A full set of answers to the default template: course questions 0–7, items' questions 8–10. */
    String answers(int score, String suggestion) {
        return """
                {"answers": {"q0": ["%1$d"], "q1": ["%1$d"], "q2": ["%1$d"], "q3": ["%1$d"], "q4": ["%1$d"],
                 "q5": ["0", "2"], "q6": ["1"], "q7": [%2$s],
                 "q8-%3$d": ["%1$d"], "q9-%3$d": ["%1$d"], "q10-%3$d": ["%1$d"],
                 "q8-%4$d": ["%1$d"], "q9-%4$d": ["%1$d"], "q10-%4$d": ["%1$d"]}}
                """.formatted(score, suggestion == null ? "" : "\"" + suggestion + "\"", microCourse, secondMicroCourse);
    }

    /** Answers when only the first micro-course is evaluated. */
    String answersForFirstItemOnly(int score) {
        return """
                {"answers": {"q0": ["%1$d"], "q1": ["%1$d"], "q2": ["%1$d"], "q3": ["%1$d"], "q4": ["%1$d"], "q6": ["0"],
                 "q8-%2$d": ["%1$d"], "q9-%2$d": ["%1$d"], "q10-%2$d": ["%1$d"]}}
                """.formatted(score, microCourse);
    }

    MvcTestResult submit(CurrentUser who, String answersJson) {
        return ApiCalls.postJson(mvc, "/api/v1/courses/" + courseId + "/evaluation/responses", answersJson, who);
    }

    MvcTestResult put(String uri, String json, CurrentUser who) {
        return mvc.put()
                .uri(uri)
                .with(as(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    /** The responses given, whether still in the pool or moved to the answer tables. */
    long responses() {
        return jdbc.sql("select count(*) from evaluation_response_given where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }

    long answerRows() {
        return jdbc.sql("""
                        select count(*) from evaluation_answer_given where course_id = ?
                        """).param(courseId).query(Long.class).single();
    }

    int answeredMarks() {
        return jdbc.sql("select coalesce(max(cardinality(cadre_ids)), 0) from evaluation_answered where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    long item(String json) {
        return idOf(post("/api/v1/courses/" + courseId + "/agenda", json));
    }

    private MvcTestResult post(String uri, String json) {
        return ApiCalls.postJson(mvc, uri, json, organiser);
    }

    private long cadre(OrganisationDirectory directory, long unit, String number, String name) {
        return directory.registerCadre(
                new CadreDetails(prefix + number, name, Gender.MALE, unit, "处长", "", null, "", "", "", "", true));
    }
}
