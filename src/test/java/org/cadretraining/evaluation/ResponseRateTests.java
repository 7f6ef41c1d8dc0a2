package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.cadretraining.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live response rate: the organiser's page, the fragment it polls and the API give the count of those who have
 * answered against the trainees, and who has not answered yet; once closed the figures stop moving.
 */
class ResponseRateTests extends EvaluationCourseTests {

    EvaluationCourse course;
    String page;
    String api;

    @BeforeEach
    void course() {
        course = newCourse();
        page = "/courses/" + course.courseId + "/evaluation";
        api = "/api/v1/evaluation/courses/" + course.courseId + "/response-rate";
    }

    @Test
    void theOrganiserSeesTheRateRiseAndWhoHasNotAnsweredOnThePagePolledFragmentAndApi() {
        course.openQuestionnaire(false);
        assertThat(mvc.get().uri(page + "/rate").with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("已作答 0 人，共 4 名学员（0%）", "尚未作答（4 人）", "学员0", "学员3")
                .contains("hx-trigger=\"every 10s\"", "hx-get=\"" + page + "/rate\"");

        assertThat(course.submit(course.trainees[1], course.answers(5, null))).hasStatus(204);
        assertThat(course.submit(course.trainees[3], course.answers(4, null))).hasStatus(204);

        assertThat(mvc.get().uri(page + "/rate").with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("已作答 2 人，共 4 名学员（50%）", "尚未作答（2 人）", "学员0", "学员2")
                .doesNotContain("学员1", "学员3")
                // the buttons stand outside the part that refreshes, so a refresh never replaces one being clicked
                .doesNotContain("提醒未作答的学员", "立即截止");
        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .bodyText()
                .contains("已作答 2 人，共 4 名学员（50%）", "提醒未作答的学员", "立即截止");
        assertThat(mvc.get().uri(page).with(as(course.organiser)).cookie(new Cookie("lang", "en")))
                .hasStatusOk()
                .bodyText()
                .contains("2 of 4 trainees have answered (50%)", "Not answered yet (2)", "refreshed every 10 seconds");
        assertThat(body(mvc.get().uri(api).with(as(course.organiser)).exchange()))
                .contains("\"answered\":2", "\"enrolled\":4", "\"percent\":50", "\"phase\":\"OPEN\"")
                .contains("\"name\":\"学员0\"", "\"name\":\"学员2\"")
                .doesNotContain("学员1", "学员3");
        assertThat(mvc.get().uri(api).with(as(course.classTeacher)))
                .as("the course's class teacher follows the rate too")
                .hasStatusOk();
    }

    @Test
    void theRateTellsWhoButNeverWhenNorWhat() {
        course.openQuestionnaire(false);
        assertThat(course.submit(course.trainees[2], course.answers(3, "多安排现场教学")))
                .hasStatus(204);
        String rate = body(mvc.get().uri(api).with(as(course.organiser)).exchange());
        assertThat(rate).doesNotContain("多安排现场教学", "answeredAt", "submittedAt", "rating");
        assertThat(rate.replaceFirst("\"closesAt\":\"[^\"]*\"", ""))
                .as("no moment but the closing time")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    }

    @Test
    void beforeItOpensThePageSaysWhenAnsweringBeginsNotThatItIsUnderWay() {
        course.questionnaireOpeningIn(Duration.ofDays(2), false);
        assertThat(mvc.get().uri(page + "/rate").with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("尚未开始", "尚未开始作答")
                .doesNotContain("作答中");
        assertThat(mvc.get().uri(page + "/rate").with(as(course.organiser)).cookie(new Cookie("lang", "en")))
                .hasStatusOk()
                .bodyText()
                .contains("Not open yet", "Answering has not begun")
                .doesNotContain("Open;");
    }

    @Test
    void onceClosedTheFiguresStandAndThePageStopsAsking() {
        course.openQuestionnaire(false);
        assertThat(course.submit(course.trainees[0], course.answers(5, null))).hasStatus(204);
        assertThat(mvc.post().uri(page + "/close").with(as(course.organiser)).with(csrf()))
                .hasStatus(302);
        assertThat(mvc.get().uri(page + "/rate").with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("已作答 1 人，共 4 名学员（25%）", "已截止")
                .containsPattern("问卷已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止，作答情况不再变化。")
                .doesNotContain("hx-trigger", "hx-get", "立即截止", "提醒未作答的学员");
        assertThat(body(mvc.get().uri(api).with(as(course.organiser)).exchange()))
                .contains("\"phase\":\"CLOSED\"", "\"answered\":1");
    }

    @Test
    void onlyTheOrganisersAndTheCoursesClassTeacherFollowTheRate() {
        course.openQuestionnaire(false);
        EvaluationCourse other = newCourse();
        CurrentUser[] refused = {
            course.trainees[0], course.outsider, course.liaison, course.lecturer, other.classTeacher, other.trainees[0]
        };
        for (CurrentUser someone : refused) {
            assertThat(mvc.get().uri(api).with(as(someone)))
                    .as("the API refuses %s", someone.roles())
                    .hasStatus(403)
                    .hasContentType("application/problem+json");
            assertThat(mvc.get().uri(page + "/rate").with(as(someone))).hasStatus(403);
        }
        assertThat(mvc.get().uri(api)).as("nobody signed in").hasStatus(401);
    }

    @Test
    void theRateAndTheRemindersAreDescribedInTheOpenApiDocument() throws Exception {
        // the API description is for signed-in users
        String json = mvc.get()
                .uri("/v3/api-docs")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "api-reader"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths =
                com.jayway.jsonpath.JsonPath.read(json, "$.paths");
        assertThat(paths.get("/api/v1/evaluation/courses/{courseId}/response-rate")
                        .get("get"))
                .containsEntry("summary", "How many trainees have answered the questionnaire, and who has not yet");
        assertThat(paths.get("/api/v1/evaluation/courses/{courseId}/reminders")).containsKeys("get", "post");
    }

    @Test
    void aCourseWithoutQuestionnaireOrAnUnknownCourseIsNotFoundAsAProblem() {
        assertThat(mvc.get().uri(api).with(as(course.organiser)))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyText()
                .contains("这个培训班还没有设置评估问卷。");
        assertThat(mvc.get()
                        .uri("/api/v1/evaluation/courses/" + Long.MAX_VALUE + "/response-rate")
                        .with(as(course.organiser)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/evaluation/courses/abc/response-rate").with(as(course.organiser)))
                .hasStatus(400);
    }
}
