package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.RealCourseRecords;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wuhan University's fully online course for Enshi's rural cadres (2–4 June 2020, live video, no venue: the
 * project's {@code real-courses.yaml}) evaluated from end to end: the organiser sets up the default questionnaire on
 * every item of its agenda, its trainees answer on the phone's page and through the API, the organiser closes it and
 * reads the results, their exports and the lecturers' scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OnlineCourseEvaluationTests {

    private static final String TITLE = "乡村振兴和基层治理专题网络培训班";
    private static final int ANSWERING = 12;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper jsonMapper;

    final CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void theOnlineCourseIsEvaluatedItemByItemAndItsLecturersScored() throws IOException {
        Map<String, Object> report = RealCourseRecords.read().stream()
                .filter(course -> TITLE.equals(course.get("title_zh")))
                .findFirst()
                .orElseThrow();
        long courseId = new RealCourseRecords(context).enter(report);
        CourseCatalog catalog = context.getBean(CourseCatalog.class);
        assertThat(catalog.course(courseId).orElseThrow().trainingForm()).isEqualTo(TrainingForm.ONLINE);
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        assertThat(agenda).isNotEmpty().allSatisfy(item -> assertThat(item.siteId())
                .as("an online item meets in no place")
                .isNull());
        List<Long> items = agenda.stream().map(AgendaEntry::id).toList();
        List<Long> trainees = context.getBean(ClassMembers.class).participants(courseId);
        assertThat(trainees).hasSize(RealCourseRecords.classSize(report));

        // the organiser sets it up on the course's evaluation page: the default template, every item, open now
        String page = "/courses/" + courseId + "/evaluation";
        assertThat(mvc.get().uri(page).with(as(organiser))).hasStatusOk();
        LocalDateTime now = LocalDateTime.now(context.getBean(Clock.class)).truncatedTo(ChronoUnit.MINUTES);
        assertThat(mvc.post()
                        .uri(page)
                        .with(as(organiser))
                        .with(csrf())
                        .param("templateId", String.valueOf(defaultTemplate()))
                        .param("itemIds", items.stream().map(String::valueOf).toArray(String[]::new))
                        .param("opensAt", now.minusHours(1).toString())
                        .param("closesAt", now.plusDays(1).toString()))
                .hasStatus(302);

        // the first trainee answers on the phone's page, every item asked about; the others through the API
        CurrentUser first = TestPrincipal.cadre(trainees.getFirst());
        assertThat(mvc.get().uri(page + "/answer").with(as(first)))
                .hasStatusOk()
                .bodyText()
                .contains(agenda.stream()
                        .map(item -> HtmlUtils.htmlEscape(item.title().zh()))
                        .toArray(String[]::new));
        var form = mvc.post().uri(page + "/answer").with(as(first)).with(csrf());
        answers(items, 1).forEach((field, value) -> form.param(field, value));
        assertThat(form).hasStatus(302);
        for (long item : items) {
            assertThat(mvc.get()
                            .uri("/courses/" + courseId + "/evaluation/items/" + item + "/qr")
                            .with(as(organiser)))
                    .hasStatusOk();
        }
        for (int n = 1; n < ANSWERING; n++) {
            CurrentUser trainee = TestPrincipal.cadre(trainees.get(n));
            assertThat(ApiCalls.postJson(
                            mvc,
                            "/api/v1/courses/" + courseId + "/evaluation/responses",
                            jsonMapper.writeValueAsString(Map.of("answers", asLists(answers(items, 1 + n % 5)))),
                            trainee))
                    .hasStatus(204);
        }
        assertThat(mvc.post().uri(page + "/close").with(as(organiser)).with(csrf()))
                .hasStatus(302);

        JsonNode results = json("/api/v1/evaluation/courses/" + courseId + "/results");
        assertThat(results.get("responses").asLong()).isEqualTo(ANSWERING);
        assertThat(results.get("shown").asBoolean()).isTrue();
        // ratings 1 to 5 in turn over twelve trainees: 1 and 2 three times each, 3, 4 and 5 twice each: 33 / 12
        JsonNode counts = results.get("courseQuestions").get(0).get("counts");
        assertThat(counts.valueStream().map(JsonNode::asLong)).containsExactly(3L, 3L, 2L, 2L, 2L);
        assertThat(results.get("items")).hasSize(items.size()).allSatisfy(item -> {
            assertThat(item.get("responses").asLong()).isEqualTo(ANSWERING);
            assertThat(item.get("shown").asBoolean()).isTrue();
            assertThat(item.get("mean").decimalValue()).isEqualByComparingTo("2.75");
        });
        assertThat(mvc.get().uri(page + "/results").with(as(organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"chart-profile\"")
                .contains(items.stream()
                        .map(item -> "id=\"chart-item-" + item + "-")
                        .toArray(String[]::new));
        for (String export : List.of(".xlsx", ".pdf")) {
            assertThat(mvc.get()
                            .uri("/courses/" + courseId + "/evaluation/results" + export)
                            .with(as(organiser)))
                    .hasStatusOk();
        }

        // the named speakers are in the register; each is scored on the items they spoke at
        List<Long> lecturers = agenda.stream()
                .flatMap(item -> item.speakers().stream())
                .map(CourseCatalog.Person::lecturerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        assertThat(lecturers).isNotEmpty();
        for (long lecturer : lecturers) {
            JsonNode scores = json("/api/v1/evaluation/lecturers/" + lecturer + "/scores");
            assertThat(scores.get("items")).isNotEmpty().allSatisfy(item -> {
                assertThat(item.get("courseId").asLong()).isEqualTo(courseId);
                assertThat(item.get("responses").asLong()).isEqualTo(ANSWERING);
            });
            assertThat(scores.get("mean").decimalValue()).isEqualByComparingTo("2.75");
        }
    }

    /** The default template's answers by field: {@code score} for every scale, an option of each choice, a text. */
    private static Map<String, String> answers(List<Long> items, int score) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int q = 0; q <= 4; q++) {
            answers.put("q" + q, String.valueOf(score));
        }
        answers.put("q5", "0");
        answers.put("q6", "1");
        answers.put("q7", "网络授课节省了路途时间");
        for (long item : items) {
            for (int q = 8; q <= 10; q++) {
                answers.put("q" + q + "-" + item, String.valueOf(score));
            }
        }
        return answers;
    }

    private static Map<String, List<String>> asLists(Map<String, String> answers) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        answers.forEach((field, value) -> lists.put(field, List.of(value)));
        return lists;
    }

    private long defaultTemplate() {
        return context.getBean(JdbcClient.class)
                .sql("select id from evaluation_template where is_default")
                .query(Long.class)
                .single();
    }

    private JsonNode json(String uri) {
        var result = mvc.get().uri(uri).with(as(organiser)).exchange();
        assertThat(result).hasStatusOk();
        return jsonMapper.readTree(ApiCalls.body(result));
    }
}
