package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Closing: at its closing time or when the organiser closes it now; answering is then refused saying when it closed
 * (in the institution's time zone), and completion that waits for it judges those who did not answer by then.
 */
class ClosingTests extends EvaluationCourseTests {

    @Autowired
    QuestionnaireOpenWarning openWarning;

    @Autowired
    MessageSource messages;

    EvaluationCourse course;
    String page;

    @BeforeEach
    void course() {
        course = newCourse();
        page = "/courses/" + course.courseId + "/evaluation";
    }

    @Test
    void itClosesByItselfAtItsClosingTimeAndAnsweringSaysWhenInTheInstitutionsTimeZone() {
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d], "opensAt": "2023-03-19T04:00:00Z",
                         "closesAt": "2023-03-26T04:00:00Z", "requiredForCompletion": true}
                        """.formatted(course.defaultTemplate(), course.microCourse),
                        course.organiser))
                .hasStatusOk()
                .bodyText()
                .contains("\"phase\":\"CLOSED\"");
        assertThat(course.submit(course.trainees[0], course.answersForFirstItemOnly(5)))
                .hasStatus(409)
                .hasContentType("application/problem+json")
                .bodyText()
                .contains("问卷已于 2023-03-26 12:00 截止，不能再作答。");
        assertThat(mvc.get().uri(page + "/answer").with(as(course.trainees[0])).cookie(new Cookie("lang", "en")))
                .bodyText()
                .contains("2023-03-26 12:00");
        assertThat(mvc.get().uri(page + "/rate").with(as(course.organiser)))
                .bodyText()
                .contains("问卷已于 2023-03-26 12:00 截止，作答情况不再变化。", "已作答 0 人，共 4 名学员（0%）")
                .doesNotContain("hx-trigger", "立即截止");
        assertThat(mvc.post().uri(page + "/close").with(as(course.organiser)).with(csrf()))
                .as("what has closed cannot be closed again")
                .hasStatus(409);
        assertThat(course.answeredMarks()).isZero();
        assertThat(course.responses()).isZero();
    }

    @Test
    void onlyOrganisersCloseAndThePageAsksFirst() {
        course.openQuestionnaire(false);
        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .bodyText()
                .contains("data-confirm=\"立即截止问卷？截止后学员不能再作答。\"");
        EvaluationCourse other = newCourse();
        for (CurrentUser someone : new CurrentUser[] {
            course.classTeacher, course.trainees[0], course.liaison, course.lecturer, other.classTeacher
        }) {
            assertThat(mvc.post().uri(page + "/close").with(as(someone)).with(csrf()))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/api/v1/courses/" + course.courseId + "/evaluation/close")
                            .with(as(someone)))
                    .hasStatus(403);
        }
        assertThat(mvc.get().uri(page + "/answer").with(as(course.trainees[0])))
                .bodyText()
                .contains("提交问卷");
    }

    @Test
    void completionWaitsUntilClosingThenFailsThoseWhoDidNotAnswerByThenAndSaysWhen() {
        course.openQuestionnaire(true);
        assertThat(course.submit(course.trainees[0], course.answers(4, null))).hasStatus(204);
        assertThat(openWarning.before(course.courseId)).singleElement().satisfies(warning -> assertThat(
                        messages.getMessage(warning, Locale.CHINESE))
                .contains("而问卷仍在作答中", "尚未作答的 3 名学员都将判为未结业"));

        assertThat(mvc.post().uri(page + "/close").with(as(course.organiser)).with(csrf()))
                .hasStatus(302);
        assertThat(openWarning.before(course.courseId))
                .as("closed: completion may be decided")
                .isEmpty();
        String completion = "/courses/" + course.courseId + "/completion";
        assertThat(mvc.get().uri(completion).with(as(course.trainees[1])))
                .hasStatusOk()
                .bodyText()
                .containsPattern("问卷于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止前未提交训后评估问卷（本班要求提交后方可结业）。");
        assertThat(mvc.get().uri(completion).with(as(course.trainees[1])).cookie(new Cookie("lang", "en")))
                .bodyText()
                .containsPattern("was not submitted before it closed at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(mvc.get().uri(completion).with(as(course.trainees[0])))
                .bodyText()
                .doesNotContain("未提交训后评估问卷");
    }

    @Test
    void aQuestionnaireNotRequiredForCompletionOrFullyAnsweredDoesNotHoldCompletionBack() {
        course.openQuestionnaire(false);
        assertThat(openWarning.before(course.courseId)).isEmpty();
        course.openQuestionnaire(true);
        for (CurrentUser trainee : course.trainees) {
            assertThat(course.submit(trainee, course.answers(5, null))).hasStatus(204);
        }
        assertThat(openWarning.before(course.courseId)).isEmpty();
    }
}
