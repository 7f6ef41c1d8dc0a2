package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The question bank: the default template on first start, copies an organiser edits, nothing answered changed. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionBankTests {

    static final String REVISION = """
            {"titleZh": "微党课评估问卷", "titleEn": "Micro-course questionnaire",
             "questions": [
               {"scope": "COURSE", "kind": "SATISFACTION", "textZh": "总体满意度", "textEn": "Overall", "required": true},
               {"scope": "ITEM", "kind": "RATING", "textZh": "讲授效果", "textEn": "Delivery", "required": true},
               {"scope": "COURSE", "kind": "SINGLE_CHOICE", "textZh": "时长", "textEn": "Length", "required": false,
                "options": [{"zh": "偏短", "en": "Too short"}, {"zh": "适中", "en": "About right"}]}]}
            """;

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
    CurrentUser organiser;

    @BeforeEach
    void course() {
        course = new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
        organiser = course.organiser;
    }

    @Test
    void theDefaultTemplateAsksAboutTheCourseAndEachItemAndItsLecturerInBothLanguages() {
        String json = body(mvc.get()
                .uri("/api/v1/evaluation/templates/" + course.defaultTemplate())
                .with(as(organiser))
                .exchange());
        assertThat(json)
                .contains("\"isDefault\":true")
                .contains("培训内容的针对性和实用性", "Training methods", "培训组织管理", "Logistics")
                .contains("对本期培训的总体满意度", "对改进培训工作的意见和建议", "\"FREE_TEXT\"")
                .contains("\"ITEM\"", "Delivery (clear explanation", "对实际工作的帮助", "\"MULTIPLE_CHOICE\"")
                .contains("\"zh\":\"适中\",\"en\":\"About right\"");
        assertThat(jdbc.sql("select count(*) from evaluation_template where is_default")
                        .query(Integer.class)
                        .single())
                .as("one default template, however often the application starts")
                .isEqualTo(1);
    }

    @Test
    void anOrganiserCopiesTheDefaultAndEditsTheCopyNeverTheDefault() {
        long defaultId = course.defaultTemplate();
        String before = body(mvc.get()
                .uri("/api/v1/evaluation/templates/" + defaultId)
                .with(as(organiser))
                .exchange());

        MvcTestResult refused = course.put("/api/v1/evaluation/templates/" + defaultId, REVISION, organiser);
        assertThat(refused).hasStatus(409);
        assertThat(body(refused)).contains("默认问卷不能修改，请复制后编辑副本。");
        assertThat(mvc.post()
                        .uri("/evaluation/templates/" + defaultId + "/questions")
                        .param("scope", "COURSE")
                        .param("kind", "RATING")
                        .param("textZh", "新题")
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("默认问卷不能修改");

        long copy = idOf(mvc.post()
                .uri("/api/v1/evaluation/templates/" + defaultId + "/copies")
                .with(as(organiser))
                .exchange());
        assertThat(body(mvc.get()
                        .uri("/api/v1/evaluation/templates/" + copy)
                        .with(as(organiser))
                        .exchange()))
                .contains("培训质量评估问卷（默认）（副本）", "\"copiedFrom\":" + defaultId, "\"isDefault\":false");
        assertThat(course.put("/api/v1/evaluation/templates/" + copy, REVISION, organiser))
                .hasStatusOk()
                .bodyText()
                .contains("微党课评估问卷", "讲授效果", "Too short");
        assertThat(mvc.post()
                        .uri("/evaluation/templates/" + copy + "/questions")
                        .param("scope", "ITEM")
                        .param("kind", "FREE_TEXT")
                        .param("textZh", "对授课人的建议")
                        .param("required", "false")
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(302);
        assertThat(mvc.get().uri("/evaluation/templates/" + copy).with(as(organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("对授课人的建议", "讲授效果", "添加题目");

        assertThat(body(mvc.get()
                        .uri("/api/v1/evaluation/templates/" + defaultId)
                        .with(as(organiser))
                        .exchange()))
                .as("the default is as it was")
                .isEqualTo(before);
    }

    @Test
    void aTemplateOnceAnsweredIsNeverChanged() {
        long copy = idOf(mvc.post()
                .uri("/api/v1/evaluation/templates/" + course.defaultTemplate() + "/copies")
                .with(as(organiser))
                .exchange());
        course.openQuestionnaire(false);
        assertThat(course.put(
                        "/api/v1/courses/" + course.courseId + "/evaluation",
                        """
                        {"templateId": %d, "itemIds": [%d, %d], "opensAt": "2020-01-01T00:00:00Z",
                         "closesAt": "2099-01-01T00:00:00Z", "requiredForCompletion": false}
                        """.formatted(copy, course.microCourse, course.secondMicroCourse),
                        organiser))
                .hasStatusOk();
        assertThat(course.submit(course.trainees[0], course.answers(4, "多安排现场教学")))
                .hasStatus(204);

        MvcTestResult api = course.put("/api/v1/evaluation/templates/" + copy, REVISION, organiser);
        assertThat(api).hasStatus(409);
        assertThat(body(api)).contains("这份问卷已有人作答，不能再修改；请复制后编辑副本。");
        assertThat(mvc.post()
                        .uri("/evaluation/templates/" + copy + "/title")
                        .param("titleZh", "改名")
                        .cookie(new Cookie("lang", "en"))
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("This questionnaire has been answered and can no longer be changed");
        assertThat(mvc.post()
                        .uri("/evaluation/templates/" + copy + "/questions/0/delete")
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(jdbc.sql("select count(*) from evaluation_question where template_id = ?")
                        .param(copy)
                        .query(Integer.class)
                        .single())
                .isEqualTo(11);
        assertThat(mvc.get().uri("/evaluation/templates/" + copy).with(as(organiser)))
                .bodyText()
                .contains("这份问卷已有人作答，只能查看和复制。")
                .doesNotContain("添加题目");
    }

    @Test
    void aBadQuestionIsExplainedNextToItsFieldWithTheInputKept() {
        long copy = idOf(mvc.post()
                .uri("/api/v1/evaluation/templates/" + course.defaultTemplate() + "/copies")
                .with(as(organiser))
                .exchange());
        assertThat(mvc.post()
                        .uri("/evaluation/templates/" + copy + "/questions")
                        .param("scope", "COURSE")
                        .param("kind", "SINGLE_CHOICE")
                        .param("textZh", "住宿安排")
                        .param("options", "满意 | Satisfied")
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("单选题和多选题至少需要两个选项，每行一个。", "value=\"住宿安排\"", "满意 | Satisfied");
        assertThat(mvc.post()
                        .uri("/evaluation/templates/" + copy + "/questions")
                        .param("scope", "EVERYWHERE")
                        .param("kind", "RATING")
                        .param("textZh", "住宿安排")
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("请选择题目是针对整个培训班还是针对每个课程。");
        assertThat(course.put("/api/v1/evaluation/templates/" + copy, """
                        {"titleZh": "", "questions": []}
                        """, organiser))
                .hasStatus(400)
                .bodyText()
                .contains("请填写问卷的中文标题。");
        assertThat(jdbc.sql("select count(*) from evaluation_question where template_id = ?")
                        .param(copy)
                        .query(Integer.class)
                        .single())
                .isEqualTo(11);
    }

    @Test
    void onlyOrganisersAndAdministratorsUseTheBank() {
        long defaultId = course.defaultTemplate();
        for (CurrentUser someone :
                new CurrentUser[] {course.trainees[0], course.classTeacher, course.lecturer, course.liaison}) {
            assertThat(mvc.get().uri("/evaluation/templates").with(as(someone))).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/evaluation/templates").with(as(someone)))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/api/v1/evaluation/templates/" + defaultId + "/copies")
                            .with(as(someone)))
                    .hasStatus(403);
        }
        assertThat(mvc.get().uri("/evaluation/templates").with(as(TestPrincipal.administrator())))
                .hasStatusOk()
                .bodyText()
                .contains("培训质量评估问卷（默认）", "默认问卷不能修改");
        assertThat(mvc.get().uri("/evaluation/templates")).hasStatus(302);
    }
}
