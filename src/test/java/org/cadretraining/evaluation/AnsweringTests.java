package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A trainee answers once, while the questionnaire is open; every refusal is a sentence in the reader's language and
 * leaves nothing behind: no mark, no response, no answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnsweringTests {

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

    EvaluationCourse course;
    String page;

    @BeforeEach
    void course() {
        course = new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
        course.openQuestionnaire(false);
        page = "/courses/" + course.courseId + "/evaluation/answer";
    }

    @Test
    void aTraineeAnswersOnceAndASecondSubmissionIsRefusedWithASentence() {
        assertThat(course.submit(course.trainees[0], course.answers(5, "希望增加研讨时间")))
                .hasStatus(204);
        assertThat(course.responses()).isEqualTo(1);
        assertThat(course.answerRows()).isEqualTo(14);

        MvcTestResult again = course.submit(course.trainees[0], course.answers(1, null));
        assertThat(again).hasStatus(409);
        assertThat(again).bodyText().contains("您已提交过本期培训的评估问卷，每人只能提交一次。");
        assertThat(mvc.post()
                        .uri(page)
                        .param("q0", "3")
                        .cookie(new Cookie("lang", "en"))
                        .with(as(course.trainees[0]))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("You have already submitted this course&#39;s questionnaire; each trainee submits once.");
        assertThat(course.responses()).isEqualTo(1);
        assertThat(course.answeredMarks()).isEqualTo(1);
        assertThat(mvc.get().uri(page).with(as(course.trainees[0])))
                .bodyText()
                .contains("您已提交本期培训的评估问卷，感谢参与。")
                .doesNotContain("提交问卷</button>");
    }

    @Test
    void everyBadAnswerIsRefusedNamingTheQuestionAndNothingIsSaved() {
        CurrentUser trainee = course.trainees[1];
        assertThat(course.submit(trainee, course.answers(6, null)))
                .hasStatus(400)
                .bodyText()
                .contains("“培训内容的针对性和实用性”的评分只能是 1 到 5 之间的整数。", "\"field\":\"q0\"");
        assertThat(course.submit(trainee, course.answers(4, "建".repeat(2001))))
                .hasStatus(400)
                .bodyText()
                .contains("“对改进培训工作的意见和建议”的回答最多 2000 个字，现在有 2001 个字。");
        assertThat(course.submit(trainee, course.answers(4, null).replace("\"q6\": [\"1\"]", "\"q6\": [\"7\"]")))
                .hasStatus(400)
                .bodyText()
                .contains("“您认为本期培训的时长”只能从列出的选项中选择。");
        String missingItemAnswer =
                course.answers(4, null).replace("\"q9-%d\": [\"4\"], ".formatted(course.secondMicroCourse), "");
        assertThat(course.submit(trainee, missingItemAnswer))
                .hasStatus(400)
                .bodyText()
                .contains("请回答“传承红色基因：授课效果（讲解清晰、互动充分）”。");
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + course.courseId + "/evaluation/responses")
                        .with(as(trainee))
                        .cookie(new Cookie("lang", "en"))
                        .contentType("application/json")
                        .content(course.answers(0, null)))
                .hasStatus(400)
                .bodyText()
                .contains(
                        "The score for \\\"Training content: relevance and practical value\\\" must be a whole number from 1 to 5.");
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + course.courseId + "/evaluation/responses")
                        .with(as(trainee))
                        .contentType("application/json")
                        .content("{\"answers\": {\"q0\": 5"))
                .hasStatus(400);
        assertNothingStored();
    }

    @Test
    void aRefusedFormIsShownAgainWithEveryAnswerKept() {
        MvcTestResult refused = form(mvc.post().uri(page), "q0")
                .param("q0", "9")
                .param("q7", "食堂饭菜可口")
                .with(as(course.trainees[2]))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused)
                .bodyText()
                .contains("“培训内容的针对性和实用性”的评分只能是 1 到 5 之间的整数。")
                .contains("食堂饭菜可口</textarea>")
                .containsPattern("name=\"q1\" value=\"4\" id=\"q1-4\"\\s+checked")
                .containsPattern("name=\"q5\" value=\"2\" id=\"q5-2\"\\s+checked");
        assertNothingStored();
    }

    @Test
    void theAnsweringPageShowsTheCourseThenEachItemWithItsLecturerAndKeepsADraft() {
        assertThat(mvc.get().uri(page).with(as(course.trainees[3])))
                .hasStatusOk()
                .bodyText()
                .contains("对本期培训的评价", "培训组织管理", "非常满意", "偏短")
                .contains("id=\"item-" + course.microCourse + "\"", "弘扬伟大建党精神", "授课人：何老师")
                .contains("传承红色基因", "授课人：白静", "/js/evaluation-draft.js", "data-draft-key")
                .doesNotContain("开班式</h2>");
        assertThat(mvc.get().uri(page).with(as(course.trainees[3])).cookie(new Cookie("lang", "en")))
                .bodyText()
                .contains("Carrying forward the great founding spirit", "Very satisfied", "Lecturer: 何老师");
        assertThat(form(mvc.post().uri(page)).with(as(course.trainees[3])).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl(page);
        assertThat(mvc.get().uri(page).with(as(course.trainees[3]))).bodyText().contains("您已提交本期培训的评估问卷");
        assertThat(course.responses()).isEqualTo(1);
    }

    @Test
    void onlyTheCoursesTraineesAnswerEveryOneElseIsToldSo() {
        for (CurrentUser someone : new CurrentUser[] {
            course.outsider, course.classTeacher, course.lecturer, course.liaison, course.organiser
        }) {
            assertThat(course.submit(someone, course.answers(5, null)))
                    .hasStatus(403)
                    .bodyText()
                    .contains("只有本培训班的学员才能填写这份评估问卷。");
            assertThat(mvc.get().uri(page).with(as(someone)))
                    .hasStatus(403)
                    .bodyText()
                    .contains("只有本培训班的学员才能填写这份评估问卷。");
        }
        assertThat(form(mvc.post().uri(page)).with(as(course.outsider)).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post().uri(page).param("q0", "5").with(csrf())).hasStatus(302);
        assertThat(form(mvc.post().uri(page)).with(as(course.trainees[0])))
                .as("no CSRF token")
                .hasStatus(403);
        assertNothingStored();
    }

    @Test
    void beforeItOpensTheQuestionnaireSaysWhen() {
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS);
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d, %d], "opensAt": "%s", "closesAt": "%s"}
                        """.formatted(
                                        course.defaultTemplate(),
                                        course.microCourse,
                                        course.secondMicroCourse,
                                        later,
                                        later.plus(1, ChronoUnit.DAYS)),
                        course.organiser))
                .hasStatusOk();
        assertThat(course.submit(course.trainees[0], course.answers(5, null)))
                .hasStatus(409)
                .bodyText()
                .containsPattern("问卷将于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 开始作答。");
        assertNothingStored();
    }

    @Test
    void theQrCodeAtTheEndOfAnItemLeadsToTheAnsweringPage() {
        assertThat(mvc.get()
                        .uri("/courses/" + course.courseId + "/evaluation/items/" + course.microCourse + "/qr")
                        .with(as(course.classTeacher)))
                .hasStatusOk()
                .bodyText()
                .contains("data:image/png;base64,", "请用手机扫码，对本课程进行评估")
                .contains("/courses/" + course.courseId + "/evaluation/answer#item-" + course.microCourse);
        assertThat(mvc.get()
                        .uri("/courses/" + course.courseId + "/evaluation/items/" + course.opening + "/qr")
                        .with(as(course.organiser)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/courses/" + course.courseId + "/evaluation/items/" + course.microCourse + "/qr")
                        .with(as(course.trainees[0])))
                .hasStatus(403);
    }

    /** The default template's form with every required question answered with 4 (and two gains chosen). */
    private MockMvcTester.MockMvcRequestBuilder form(MockMvcTester.MockMvcRequestBuilder post, String... leftOut) {
        for (String field : new String[] {"q0", "q1", "q2", "q3", "q4"}) {
            if (!java.util.List.of(leftOut).contains(field)) {
                post.param(field, "4");
            }
        }
        post.param("q5", "0", "2").param("q6", "1");
        for (long item : new long[] {course.microCourse, course.secondMicroCourse}) {
            for (int q = 8; q <= 10; q++) {
                post.param("q" + q + "-" + item, "4");
            }
        }
        return post;
    }

    private void assertNothingStored() {
        assertThat(course.responses()).isZero();
        assertThat(course.answerRows()).isZero();
        assertThat(course.answeredMarks()).isZero();
    }
}
