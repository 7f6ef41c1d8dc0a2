package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A course's questionnaire: set up and closed by organisers, followed by the class teacher, waited for by completion. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    EnrolmentSetup enrolments;

    EvaluationCourse course;
    String page;

    @BeforeEach
    void course() {
        course = new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
        page = "/courses/" + course.courseId + "/evaluation";
    }

    @Test
    void anOrganiserSetsUpTheQuestionnaireOnThePageAndFollowsTheResponseRate() throws Exception {
        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("还没有设置评估问卷。", "培训质量评估问卷（默认）", "弘扬伟大建党精神");
        // the course ended in 2023: the suggested week for answering starts now, not at a noon long past
        java.time.LocalDateTime before =
                java.time.LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String form = mvc.get()
                .uri(page)
                .with(as(course.organiser))
                .exchange()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher opens = java.util.regex.Pattern.compile("name=\"opensAt\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(opens.find()).isTrue();
        assertThat(java.time.LocalDateTime.parse(opens.group(1))).isBetween(before, java.time.LocalDateTime.now(clock));
        assertThat(mvc.post()
                        .uri(page)
                        .param("templateId", String.valueOf(course.defaultTemplate()))
                        .param("itemIds", String.valueOf(course.microCourse))
                        .param("opensAt", "2020-03-19T12:00")
                        .param("closesAt", "2099-03-26T12:00")
                        .param("requiredForCompletion", "true")
                        .with(as(course.organiser))
                        .with(csrf()))
                .hasStatus(302);
        assertThat(course.submit(course.trainees[1], course.answersForFirstItemOnly(5)))
                .hasStatus(204);

        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .bodyText()
                .contains("已作答 1 人，共 4 名学员（25%）", "作答中", "2020-03-19 12:00 至 2099-03-26 12:00")
                .contains("立即截止", "/evaluation/items/" + course.microCourse + "/qr")
                .as("the questions asked, listed as the question bank lists them")
                .contains("问卷题目：培训质量评估问卷（默认）", "对本期培训的总体满意度", "授课效果（讲解清晰、互动充分）");
        assertThat(body(mvc.get()
                        .uri("/api/v1/courses/" + course.courseId + "/evaluation")
                        .with(as(course.organiser))
                        .exchange()))
                .contains("\"answered\":1", "\"trainees\":4", "\"phase\":\"OPEN\"", "\"requiredForCompletion\":true")
                .contains("\"opensAt\":\"2020-03-19T04:00:00Z\"");
    }

    @Test
    void theClassTeacherFollowsTheRateButOnlyOrganisersChangeItAndTraineesAreSentToAnswer() {
        course.openQuestionnaire(false);
        assertThat(mvc.get().uri(page).with(as(course.classTeacher)))
                .hasStatusOk()
                .bodyText()
                .contains("已作答 0 人，共 4 名学员（0%）")
                .doesNotContain("保存设置", "立即截止");
        assertThat(mvc.get()
                        .uri("/api/v1/courses/" + course.courseId + "/evaluation")
                        .with(as(course.classTeacher)))
                .hasStatusOk();
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        "{\"templateId\": 1}",
                        course.classTeacher))
                .hasStatus(403);
        assertThat(mvc.post().uri(page + "/close").with(as(course.classTeacher)).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get().uri("/courses/" + course.courseId).with(as(course.trainees[2])))
                .as("the trainee's course page leads to the questionnaire")
                .hasStatusOk()
                .bodyText()
                .contains("href=\"" + page + "\"", "训后评估");
        assertThat(mvc.get().uri(page).with(as(course.trainees[2])))
                .hasStatus(302)
                .hasRedirectedUrl(page + "/answer");
        for (CurrentUser someone : new CurrentUser[] {course.outsider, course.liaison, course.lecturer}) {
            assertThat(mvc.get().uri(page).with(as(someone))).hasStatus(403);
            assertThat(mvc.get()
                            .uri("/api/v1/courses/" + course.courseId + "/evaluation")
                            .with(as(someone)))
                    .hasStatus(403);
            assertThat(mvc.get()
                            .uri(page + "/items/" + course.microCourse + "/qr")
                            .with(as(someone)))
                    .hasStatus(403);
        }
    }

    @Test
    void badSettingsAreRefusedWithASentenceAndNothingIsStored() {
        assertThat(mvc.post()
                        .uri(page)
                        .param("templateId", String.valueOf(course.defaultTemplate()))
                        .param("itemIds", String.valueOf(course.microCourse))
                        .param("opensAt", "2026-03-26T12:00")
                        .param("closesAt", "2026-03-19T12:00")
                        .with(as(course.organiser))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("截止时间须晚于开始作答时间。", "value=\"2026-03-26T12:00\"");
        assertThat(mvc.post()
                        .uri(page)
                        .param("templateId", String.valueOf(course.defaultTemplate()))
                        .param("opensAt", "next week")
                        .param("closesAt", "2026-03-19T12:00")
                        .cookie(new Cookie("lang", "en"))
                        .with(as(course.organiser))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains(
                        "Please give the opening time as a date and time, e.g. 2026-03-19T12:00.",
                        "value=\"next week\"");
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d], "opensAt": "2026-03-19T04:00:00Z",
                         "closesAt": "2026-03-26T04:00:00Z"}
                        """.formatted(course.defaultTemplate(), Long.MAX_VALUE),
                        course.organiser))
                .hasStatus(400)
                .bodyText()
                .contains("所选课程不属于本培训班");
        assertThat(jdbc.sql("select count(*) from course_questionnaire where course_id = ?")
                        .param(course.courseId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void homeworkIsNeitherOfferedNorTakenForEvaluation() {
        long homework = course.item("""
                {"type": "HOMEWORK", "day": "2023-03-19", "startsAt": "09:00", "endsAt": "17:00",
                 "titleZh": "学习心得体会", "titleEn": "Study summary", "mandatory": true}
                """);
        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + course.opening + "\"", "value=\"" + course.microCourse + "\"")
                .doesNotContain("value=\"" + homework + "\"", "学习心得体会");
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d, %d], "opensAt": "2026-03-19T04:00:00Z",
                         "closesAt": "2026-03-26T04:00:00Z"}
                        """.formatted(course.defaultTemplate(), course.microCourse, homework),
                        course.organiser))
                .hasStatus(400)
                .bodyText()
                .contains("作业没有授课，不能评估");
        assertThat(jdbc.sql("select count(*) from course_questionnaire where course_id = ?")
                        .param(course.courseId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onceAnsweredTheTemplateAndItemsStayButTheTimesMayChange() {
        course.openQuestionnaire(false);
        assertThat(course.submit(course.trainees[0], course.answers(3, null))).hasStatus(204);
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d], "opensAt": "2020-03-19T04:00:00Z",
                         "closesAt": "2099-03-26T04:00:00Z"}
                        """.formatted(course.defaultTemplate(), course.microCourse),
                        course.organiser))
                .hasStatus(409)
                .bodyText()
                .contains("使用的问卷和评估的课程不能再更改");
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d, %d], "opensAt": "2020-03-19T04:00:00Z",
                         "closesAt": "2099-03-26T04:00:00Z", "requiredForCompletion": true}
                        """.formatted(course.defaultTemplate(), course.secondMicroCourse, course.microCourse),
                        course.organiser))
                .hasStatusOk()
                .bodyText()
                .contains("\"closesAt\":\"2099-03-26T04:00:00Z\"");
    }

    @Test
    void closingEndsAnsweringAndSaysWhen() {
        course.openQuestionnaire(false);
        assertThat(mvc.post().uri(page + "/close").with(as(course.organiser)).with(csrf()))
                .hasStatus(302);
        assertThat(mvc.get().uri(page).with(as(course.organiser))).bodyText().contains("已截止");
        assertThat(course.submit(course.trainees[0], course.answers(5, null)))
                .hasStatus(409)
                .bodyText()
                .containsPattern("问卷已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止，不能再作答。");
        assertThat(mvc.get().uri(page + "/answer").with(as(course.trainees[0])))
                .bodyText()
                .containsPattern("问卷已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止")
                .doesNotContain("提交问卷");
        assertThat(mvc.post().uri(page + "/close").with(as(course.organiser)).with(csrf()))
                .hasStatus(409);
        assertThat(course.responses()).isZero();
    }

    @Test
    void completionWaitsForTheQuestionnaireWhereTheCourseRequiresItAndSaysWhy() {
        course.openQuestionnaire(true);
        assertThat(course.submit(course.trainees[0], course.answers(4, null))).hasStatus(204);
        String completion = "/courses/" + course.courseId + "/completion";
        assertThat(mvc.get().uri(completion).with(as(course.trainees[1])))
                .hasStatusOk()
                .bodyText()
                .contains("未提交训后评估问卷（本班要求提交后方可结业）。");
        assertThat(mvc.get().uri(completion).with(as(course.trainees[0])))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("未提交训后评估问卷");
        assertThat(mvc.get().uri(completion).with(as(course.trainees[1])).cookie(new Cookie("lang", "en")))
                .bodyText()
                .contains("The course evaluation questionnaire was not submitted");

        course.openQuestionnaire(false);
        assertThat(mvc.get().uri(completion).with(as(course.trainees[1])))
                .bodyText()
                .doesNotContain("未提交训后评估问卷");
    }
}
