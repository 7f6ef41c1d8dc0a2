package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of the branch secretaries' course against the figures counted by hand from
 * {@link ResultsCourses#BRANCH_ANSWERS}, the threshold per course and per item, and who may read them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    JsonMapper jsonMapper;

    ResultsCourses courses;
    String api;
    String page;

    @BeforeEach
    void courses() {
        courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        api = "/api/v1/evaluation/courses/" + courses.branchCourse + "/results";
        page = "/courses/" + courses.branchCourse + "/evaluation/results";
    }

    @Test
    void theResultsAreTheHandCountedFigures() {
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        JsonNode results = json(api, courses.organiser);
        assertThat(results.get("responses").asLong()).isEqualTo(6);
        assertThat(results.get("minAnswers").asInt()).isEqualTo(5);
        assertThat(results.get("shown").asBoolean()).isTrue();

        JsonNode course = results.get("courseQuestions");
        // overall satisfaction 5,5,4,4,3,5: one 3, two 4s, three 5s; 26 / 6
        assertQuestion(course.get(0), 6, List.of(0L, 0L, 1L, 2L, 3L), "4.33");
        // organisation 4,5,4,3,4,5: 25 / 6
        assertQuestion(course.get(1), 6, List.of(0L, 0L, 1L, 3L, 2L), "4.17");
        // length: option 1 four times, options 0 and 2 once
        assertQuestion(course.get(2), 6, List.of(1L, 4L, 1L), null);
        // gained most, five answered (the sixth left it out): theory 3, Party spirit 2, ability 4
        assertQuestion(course.get(3), 5, List.of(3L, 2L, 4L), null);
        // suggestions: the texts by their wording, no name
        assertThat(course.get(4).get("answers").asLong()).isEqualTo(2);
        assertThat(texts(course.get(4))).containsExactly("希望增加研讨时间", "案例再多一些");
        // logistics, asked last: 5,4,4,5,3,4, 25 / 6
        assertThat(course.get(5).get("position").asInt()).isEqualTo(8);
        assertQuestion(course.get(5), 6, List.of(0L, 0L, 1L, 3L, 2L), "4.17");

        JsonNode lecture = results.get("items").get(0);
        assertThat(lecture.get("itemId").asLong()).isEqualTo(courses.tianPingLecture);
        assertThat(lecture.get("speakersZh").asString()).isEqualTo("田平");
        assertThat(lecture.get("responses").asLong()).isEqualTo(6);
        assertThat(lecture.get("shown").asBoolean()).isTrue();
        // content 5,4,5,4,5,3 and delivery 5,5,4,4,5,4: (26 + 27) / 12
        assertThat(lecture.get("mean").decimalValue()).isEqualByComparingTo("4.42");
        assertQuestion(lecture.get("questions").get(0), 6, List.of(0L, 0L, 1L, 2L, 3L), "4.33");
        assertQuestion(lecture.get("questions").get(1), 6, List.of(0L, 0L, 0L, 3L, 3L), "4.50");
        assertThat(texts(lecture.get("questions").get(2))).containsExactly("联系实际", "讲得透彻");
    }

    @Test
    void anItemBelowTheThresholdShowsOnlyItsCount() {
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        JsonNode exchange = json(api, courses.organiser).get("items").get(1);
        assertThat(exchange.get("itemId").asLong()).isEqualTo(courses.experienceExchange);
        assertThat(exchange.get("responses").asLong()).isEqualTo(3);
        assertThat(exchange.get("shown").asBoolean()).isFalse();
        assertThat(exchange.get("mean").isNull()).isTrue();
        assertThat(exchange.get("questions")).isEmpty();

        assertThat(mvc.get().uri(page).with(as(courses.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("先进党支部经验交流")
                .contains("已有 3 份回答，至少需要 5 份才显示本项结果。")
                // the chart of overall satisfaction, labelled in Chinese, and its table
                .contains("id=\"chart-course-0\" data-chart=\"{&quot;type&quot;:&quot;bar&quot;")
                .contains("&quot;categories&quot;:[&quot;非常不满意&quot;,&quot;不满意&quot;,&quot;一般&quot;")
                .contains("&quot;data&quot;:[0,0,1,2,3]")
                .contains("id=\"chart-profile\"")
                .doesNotContain("id=\"chart-item-" + courses.experienceExchange);
        assertThat(mvc.get().uri(page).cookie(new Cookie("lang", "en")).with(as(courses.organiser)))
                .bodyText()
                .contains("3 answers so far; results of this item are shown from 5 answers on.")
                .contains("&quot;categories&quot;:[&quot;Very dissatisfied&quot;");
    }

    @Test
    void belowTheThresholdTheCourseShowsNoFigureButTheCount() {
        for (int i = 0; i < 4; i++) {
            courses.answerBranch(i);
        }
        JsonNode results = json(api, courses.organiser);
        assertThat(results.get("responses").asLong()).isEqualTo(4);
        assertThat(results.get("shown").asBoolean()).isFalse();
        assertThat(results.get("courseQuestions")).isEmpty();
        for (JsonNode item : results.get("items")) {
            assertThat(item.get("shown").asBoolean()).isFalse();
            assertThat(item.get("questions")).isEmpty();
            assertThat(item.get("responses").asLong()).isZero();
        }
        assertThat(mvc.get().uri(page).with(as(courses.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("已有 4 份答卷，至少需要 5 份才显示结果。")
                .doesNotContain("希望增加研讨时间")
                .doesNotContain("data-chart");
        assertThat(mvc.get().uri(page).cookie(new Cookie("lang", "en")).with(as(courses.organiser)))
                .bodyText()
                .contains("4 responses so far; results are shown from 5 responses on.");

        courses.answerBranch(4);
        assertThat(json(api, courses.organiser).get("shown").asBoolean()).isTrue();
    }

    @Test
    void theClassTeacherReadsTheResultsAndNobodyElseOutsideTheOrganisers() {
        courses.answerBranch(0);
        assertThat(mvc.get().uri(api).with(as(courses.classTeacher))).hasStatusOk();
        assertThat(mvc.get().uri(page).with(as(courses.classTeacher))).hasStatusOk();
        for (CurrentUser refused : List.of(
                courses.branchTrainees.get(0),
                courses.tianPingAccount,
                courses.liaison,
                courses.outsider,
                courses.plenumTrainees.get(0))) {
            assertThat(mvc.get().uri(api).with(as(refused))).hasStatus(403);
            assertThat(mvc.get().uri(page).with(as(refused))).hasStatus(403);
            assertThat(mvc.get().uri(page + ".xlsx").with(as(refused))).hasStatus(403);
            assertThat(mvc.get().uri(page + ".pdf").with(as(refused))).hasStatus(403);
        }
        assertThat(mvc.get().uri(api).with(as(courses.tianPingAccount)))
                .bodyJson()
                .extractingPath("$.title")
                .isNotNull();
        assertThat(mvc.get()
                        .uri("/api/v1/evaluation/courses/" + Long.MAX_VALUE + "/results")
                        .with(as(courses.organiser)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/evaluation/courses/abc/results").with(as(courses.organiser)))
                .hasStatus(400);
    }

    @Test
    void someoneNotSignedInReadsNoResultsAndNoScores() {
        for (int i = 0; i < 5; i++) {
            courses.answerBranch(i);
        }
        for (String uri : List.of(
                page,
                page + ".xlsx",
                page + ".pdf",
                "/lecturers/scores",
                "/lecturers/" + courses.tianPing + "/scores")) {
            var result = mvc.get().uri(uri).exchange();
            assertThat(result).as(uri).hasStatus(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(uri).endsWith("/login");
        }
        for (String uri : List.of(
                api,
                "/api/v1/evaluation/lecturers/scores",
                "/api/v1/evaluation/lecturers/" + courses.tianPing + "/scores")) {
            assertThat(mvc.get().uri(uri)).as(uri).hasStatus(401);
        }
    }

    @Test
    void theResultsAndScoresAreDocumentedInOpenApi() {
        // the API description is for signed-in users
        assertThat(
                        mvc.get()
                                .uri("/v3/api-docs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("api-reader")))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/evaluation/courses/{courseId}/results")
                .contains("/api/v1/evaluation/lecturers/scores")
                .contains("/api/v1/evaluation/lecturers/{id}/scores")
                .contains("Evaluation results")
                .contains("Lecturer scores");
    }

    private JsonNode json(String uri, CurrentUser user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return jsonMapper.readTree(ApiCalls.body(result));
    }

    private static void assertQuestion(JsonNode question, long answers, List<Long> counts, String mean) {
        assertThat(question.get("answers").asLong()).isEqualTo(answers);
        assertThat(question.get("counts").valueStream().map(JsonNode::asLong).toList())
                .isEqualTo(counts);
        if (mean == null) {
            assertThat(question.get("mean").isNull()).isTrue();
        } else {
            assertThat(question.get("mean").decimalValue()).isEqualByComparingTo(mean);
        }
    }

    private static List<String> texts(JsonNode question) {
        return question.get("texts").valueStream().map(JsonNode::asString).toList();
    }
}
