package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.ApiCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Results read the course's answers in one pass, whatever PostgreSQL's statistics say of them: right after closing
 * rewrote them (statistics that have never seen them) and once analysed. Before, the planner, expecting one response,
 * walked every response's answers through an index, once per response and once per statement.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsOnePassTests {

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

    @Test
    void resultsReadTheAnswersOnceBeforeTheStatisticsKnowThemAndAfterClosingAndStayTheSame() {
        ResultsCourses courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        // statistics that know another course's answers, as when results are read right after a bulk write
        written(courses.plenumCourse, courses.templateId, courses.plenumLecture, 2000);
        jdbc.sql("analyze evaluation_response, evaluation_answer").update();
        written(courses.branchCourse, courses.templateId, courses.tianPingLecture, 1000);
        assertReadOnce(courses.branchCourse);
        String api = "/api/v1/evaluation/courses/" + courses.branchCourse + "/results";
        JsonNode open = results(api, courses);
        assertThat(open.get("responses").asLong()).isEqualTo(1006);

        // closing writes every answer of the course again: statistics have not seen these rows either
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courses.branchCourse + "/evaluation/close")
                        .with(as(courses.organiser)))
                .hasStatusOk();
        assertReadOnce(courses.branchCourse);
        assertThat(results(api, courses)).isEqualTo(open);

        jdbc.sql("analyze evaluation_response, evaluation_answer").update();
        assertReadOnce(courses.branchCourse);
        assertThat(results(api, courses)).isEqualTo(open);
    }

    /**
     * Every scan of the answer table in the results' plan ran once, and the scans together read the course's
     * answers in the table.
     */
    private void assertReadOnce(long courseId) {
        long answers = jdbc.sql("select count(*) from evaluation_answer where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
        String plan = jdbc.sql("explain (analyze, format json) " + ResultsStore.COUNTED)
                .param(courseId)
                .query(String.class)
                .single();
        List<JsonNode> scans = new ArrayList<>();
        collectScans(jsonMapper.readTree(plan).get(0).get("Plan"), scans);
        assertThat(scans).as(plan).isNotEmpty().allSatisfy(scan -> assertThat(
                        scan.get("Actual Loops").asLong())
                .isEqualTo(1));
        assertThat(scans.stream()
                        .mapToLong(scan -> scan.get("Actual Rows").asLong())
                        .sum())
                .as(plan)
                .isEqualTo(answers);
    }

    private static void collectScans(JsonNode node, List<JsonNode> scans) {
        if (node.has("Relation Name") && node.get("Relation Name").asString().equals("evaluation_answer")) {
            scans.add(node);
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> collectScans(child, scans));
        }
    }

    /**
     * {@code responses} responses written to the tables in one statement, as closing writes them: the overall
     * satisfaction, the content of the item's lecture, and one of seven suggestions.
     */
    private void written(long courseId, long templateId, long itemId, int responses) {
        jdbc.sql("""
                        with r as (
                            insert into evaluation_response (id, course_id, template_id)
                            select gen_random_uuid(), :course, :template from generate_series(1, :responses) n
                            returning id)
                        insert into evaluation_answer
                            (id, course_id, response_id, question_position, agenda_item_id, rating, free_text)
                        select gen_random_uuid(), :course, r.id, q.position, q.item,
                               case when q.position <> 4 then 1 + abs(hashtext(r.id::text)) % 5 end,
                               case when q.position = 4 then '建议 ' || abs(hashtext(r.id::text)) % 7 end
                        from r, (values (0, null::bigint), (5, :item), (4, null)) as q (position, item)
                        """)
                .param("course", courseId)
                .param("template", templateId)
                .param("responses", responses)
                .param("item", itemId)
                .update();
    }

    private JsonNode results(String api, ResultsCourses courses) {
        var result = mvc.get().uri(api).with(as(courses.organiser)).exchange();
        assertThat(result).hasStatusOk();
        JsonNode results = jsonMapper.readTree(ApiCalls.body(result));
        // the moment of reading is not part of the figures
        ((ObjectNode) results).remove("countedAt");
        return results;
    }
}
