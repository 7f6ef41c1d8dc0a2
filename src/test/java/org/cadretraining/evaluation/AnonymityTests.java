package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

/**
 * Tries every read path there is (the organiser's and class teacher's pages and API, the trainee's own page and
 * sheet, the database's columns, contents and orders) to tell who gave which answers, and finds nothing to go on.
 * Results, exports and every other page are tried by {@link AnswerLinkingTests}; the transaction and place on disk
 * of the answers' rows by {@link AnswerStorageOrderTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymityTests {

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

    static final List<String> SUGGESTIONS = List.of("多安排现场教学", "增加研讨时间", "提前发放学习材料");

    EvaluationCourse course;
    List<CurrentUser> inOrder;

    @BeforeEach
    void threeTraineesAnswerLastCadreFirst() {
        course = new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
        course.openQuestionnaire(true);
        inOrder = new ArrayList<>(List.of(course.trainees[0], course.trainees[1], course.trainees[2]));
        inOrder.sort(Comparator.comparing(CurrentUser::cadreId).reversed());
        int score = 5;
        for (CurrentUser trainee : inOrder) {
            assertThat(course.submit(trainee, course.answers(score, SUGGESTIONS.get(5 - score))))
                    .hasStatus(204);
            score--;
        }
    }

    @Test
    void theAnswerTablesHoldNoPersonNoTimeAndNoCountingKey() {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name, data_type, column_default from information_schema.columns
                        where table_name in ('evaluation_response', 'evaluation_answer')
                        """).query().listOfRows();
        assertThat(columns).isNotEmpty().allSatisfy(column -> {
            assertThat((String) column.get("data_type")).doesNotContain("time", "date", "interval");
            assertThat((String) column.get("column_name"))
                    .doesNotContainPattern("cadre|account|user|_by$|_at$|_on$|^created|seq|time|date");
            assertThat(column.get("column_default"))
                    .as("no serial or clock default")
                    .isNull();
        });
        assertThat(jdbc.sql("""
                        select data_type from information_schema.columns
                        where table_name in ('evaluation_response', 'evaluation_answer') and column_name = 'id'
                        """).query(String.class).list()).containsOnly("uuid");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_name = 'evaluation_answered' and (data_type like '%time%' or data_type = 'date')
                        """).query(Integer.class).single()).isZero();
    }

    @Test
    void nothingStoredWithTheAnswersNamesOrNumbersAPerson() {
        List<String> stored =
                jdbc.sql("""
                        select concat_ws('|', a.course_id, a.response_id, a.question_position, a.agenda_item_id,
                                         a.rating, a.choices, a.free_text)
                        from evaluation_answer_given a where a.course_id = ?
                        """).param(course.courseId).query(String.class).list();
        assertThat(stored).hasSize(3 * 14);
        String pool = jdbc.sql("select pending::text from evaluation_answered where course_id = ?")
                .param(course.courseId)
                .query(String.class)
                .single();
        assertThat(pool).contains(SUGGESTIONS.toArray(String[]::new)).doesNotContainPattern("cadre|user|time|date");
        for (CurrentUser trainee : inOrder) {
            assertThat(stored).noneMatch(row -> row.contains(trainee.username()));
            assertThat(pool).doesNotContain(trainee.username());
        }
        assertThat(jdbc.sql("""
                        select distinct k from evaluation_answered w, jsonb_array_elements(w.pending) p,
                            lateral (select jsonb_object_keys(p) k
                                     union all
                                     select 'answer.' || jsonb_object_keys(x) from jsonb_array_elements(p -> 'answers') x) keys
                        where w.course_id = ?
                        """).param(course.courseId).query(String.class).list())
                .as("a pooled response holds its random key, the template and the answers, nothing else")
                .containsExactlyInAnyOrder(
                        "id",
                        "template",
                        "answers",
                        "answer.position",
                        "answer.item",
                        "answer.rating",
                        "answer.choices",
                        "answer.text");
    }

    @Test
    void whoHasAnsweredIsASortedSetThatKeepsNoOrderOfAnswering() {
        List<Long> marks = jdbc.sql("select unnest(cadre_ids) from evaluation_answered where course_id = ?")
                .param(course.courseId)
                .query(Long.class)
                .list();
        List<Long> answeringOrder = inOrder.stream().map(CurrentUser::cadreId).toList();
        assertThat(marks).containsExactlyInAnyOrderElementsOf(answeringOrder).isSorted();
        assertThat(marks)
                .as("answered last cadre first; the set does not say so")
                .isNotEqualTo(answeringOrder);
        assertThat(jdbc.sql("select count(*) from evaluation_answered where course_id = ?")
                        .param(course.courseId)
                        .query(Integer.class)
                        .single())
                .as("one row for the course, not one per submission")
                .isEqualTo(1);
    }

    @Test
    void thePagesAndTheApiGiveCountsAndQuestionsNeverAPersonsAnswers() {
        String api = "/api/v1/courses/" + course.courseId + "/evaluation";
        for (CurrentUser staff : new CurrentUser[] {course.organiser, course.classTeacher}) {
            String overview = body(mvc.get().uri(api).with(as(staff)).exchange());
            String page = body(mvc.get()
                    .uri("/courses/" + course.courseId + "/evaluation")
                    .with(as(staff))
                    .exchange());
            assertThat(overview).contains("\"answered\":3");
            for (CurrentUser trainee : inOrder) {
                assertThat(overview).doesNotContain(trainee.username(), "\"cadre");
                assertThat(page).doesNotContain(trainee.username(), "学员0", "学员1", "学员2");
            }
            assertThat(page).doesNotContain(SUGGESTIONS.toArray(String[]::new));
        }
        CurrentUser answered = inOrder.getFirst();
        String ownSheet = body(mvc.get().uri(api + "/sheet").with(as(answered)).exchange());
        String ownPage = body(mvc.get()
                .uri("/courses/" + course.courseId + "/evaluation/answer")
                .with(as(answered))
                .exchange());
        assertThat(ownSheet)
                .contains("\"answered\":true")
                .doesNotContain(SUGGESTIONS.get(0))
                .doesNotContain("\"rating\"");
        assertThat(ownPage).contains("您已提交").doesNotContain(SUGGESTIONS.get(0)).doesNotContain("checked");

        assertThat(mvc.get().uri("/courses/" + course.courseId + "/completion").with(as(course.organiser)))
                .bodyText()
                .as("completion tells who has not answered, never what anyone answered")
                .doesNotContain(SUGGESTIONS.toArray(String[]::new));
    }
}
