package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every refusal of the issue (answering for a course one is not in, after closing, twice, with a value outside the
 * scale, with an over-long text) tried by each role, through the API and through the answering page: each is refused
 * with the sentence that fits that person, and nothing is left behind (no mark, no response, no answer, pooled or
 * not). A trainee of the course meets the refusal of what they sent; anyone else is told that only the course's
 * trainees answer, whatever they sent; someone not signed in is sent to sign in (401 from the API, the sign-in page from the form).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnsweringRefusalTests {

    enum Who {
        TRAINEE,
        ORGANISER,
        CLASS_TEACHER,
        LECTURER,
        LIAISON,
        CADRE_OUTSIDE_THE_COURSE,
        NOT_SIGNED_IN
    }

    static final String NOT_ENROLLED = "只有本培训班的学员才能填写这份评估问卷。";

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

    @BeforeEach
    void course() {
        course = new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
        course.openQuestionnaire(false);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyRefusalForEachRoleSaysWhyAndSavesNothing(Who who) {
        CurrentUser person = person(who, 0);

        // a value outside the scale
        expect(who, api(person, course.answers(6, null)), 400, "“培训内容的针对性和实用性”的评分只能是 1 到 5 之间的整数。");
        expect(who, page(person, "6", null), 400, "“培训内容的针对性和实用性”的评分只能是 1 到 5 之间的整数。");
        assertStored(0);

        // an over-long text
        String tooLong = "建".repeat(Question.MAX_TEXT_LENGTH + 1);
        expect(who, api(person, course.answers(4, tooLong)), 400, "“对改进培训工作的意见和建议”的回答最多 2000 个字，现在有 2001 个字。");
        expect(who, page(person, "4", tooLong), 400, "“对改进培训工作的意见和建议”的回答最多 2000 个字，现在有 2001 个字。");
        assertStored(0);

        // twice: a trainee's first submission is stored, the second refused; anyone else is refused both times
        MvcTestResult first = api(person, course.answers(5, "第一次"));
        if (who == Who.TRAINEE) {
            assertThat(first).hasStatus(204);
        } else {
            expect(who, first, 0, null);
        }
        int stored = who == Who.TRAINEE ? 1 : 0;
        assertStored(stored);
        expect(who, api(person, course.answers(3, "第二次")), 409, "您已提交过本期培训的评估问卷，每人只能提交一次。");
        expect(who, page(person, "3", "第二次"), 409, "您已提交过本期培训的评估问卷，每人只能提交一次。");
        assertStored(stored);

        // after closing: a trainee who has not answered yet is told when it closed
        assertThat(ApiCalls.postJson(
                        mvc, "/api/v1/courses/" + course.courseId + "/evaluation/close", "{}", course.organiser))
                .hasStatusOk();
        CurrentUser late = person(who, 1);
        expect(who, api(late, course.answers(5, null)), 409, "截止，不能再作答。");
        expect(who, page(late, "5", null), 409, "截止，不能再作答。");
        assertStored(stored);
        assertThat(jdbc.sql("select count(*) from evaluation_answer_given where course_id = ? and free_text = '第二次'")
                        .param(course.courseId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /**
     * The trainee's refusal is the one of what they sent; any other signed-in person is told only trainees answer
     * (403) and someone not signed in is asked to sign in (401 from the API, the sign-in page for the form).
     */
    private void expect(Who who, MvcTestResult result, int traineeStatus, String traineeSentence) {
        switch (who) {
            case TRAINEE ->
                assertThat(result).hasStatus(traineeStatus).bodyText().contains(traineeSentence);
            case NOT_SIGNED_IN -> {
                int status = result.getResponse().getStatus();
                assertThat(status).isIn(302, 401);
                if (status == 302) {
                    assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
                }
            }
            default -> assertThat(result).hasStatus(403).bodyText().contains(NOT_ENROLLED);
        }
    }

    private CurrentUser person(Who who, int trainee) {
        return switch (who) {
            case TRAINEE -> course.trainees[trainee];
            case ORGANISER -> course.organiser;
            case CLASS_TEACHER -> course.classTeacher;
            case LECTURER -> course.lecturer;
            case LIAISON -> course.liaison;
            case CADRE_OUTSIDE_THE_COURSE -> course.outsider;
            case NOT_SIGNED_IN -> null;
        };
    }

    private MvcTestResult api(CurrentUser person, String json) {
        var request = mvc.post()
                .uri("/api/v1/courses/" + course.courseId + "/evaluation/responses")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
        return (person == null ? request : request.with(as(person))).exchange();
    }

    /** The answering page's form: every scale at {@code score}, the gains and length chosen, the suggestion. */
    private MvcTestResult page(CurrentUser person, String score, String suggestion) {
        var post = mvc.post()
                .uri("/courses/" + course.courseId + "/evaluation/answer")
                .with(csrf());
        for (String field : new String[] {"q0", "q1", "q2", "q3", "q4"}) {
            post.param(field, score);
        }
        post.param("q5", "0", "2").param("q6", "1");
        if (suggestion != null) {
            post.param("q7", suggestion);
        }
        for (long item : new long[] {course.microCourse, course.secondMicroCourse}) {
            for (int q = 8; q <= 10; q++) {
                post.param("q" + q + "-" + item, score);
            }
        }
        post.cookie(new Cookie("lang", "zh"));
        return (person == null ? post : post.with(as(person))).exchange();
    }

    private void assertStored(int responses) {
        assertThat(course.responses()).isEqualTo(responses);
        assertThat(course.answerRows()).isEqualTo(14L * responses);
        assertThat(course.answeredMarks()).isEqualTo(responses);
    }
}
