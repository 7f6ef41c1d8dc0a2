package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.postJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the database itself could tell of when each response was given: the transaction that wrote a row (xmin) and
 * its place on disk (ctid). Three trainees answer through the API, last cadre first, then nine more submissions are
 * written one transaction each.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnswerStorageOrderTests {

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
    AnswerStore answerStore;

    @Autowired
    PlatformTransactionManager transactions;

    static final List<String> SUGGESTIONS = AnonymityTests.SUGGESTIONS;

    EvaluationCourse course;

    @BeforeEach
    void threeTraineesAnswerLastCadreFirst() {
        course = new EvaluationCourse(mvc, jdbc, directory, lecturers, enrolments);
        course.openQuestionnaire(true);
        List<CurrentUser> inOrder =
                new ArrayList<>(List.of(course.trainees[0], course.trainees[1], course.trainees[2]));
        inOrder.sort(Comparator.comparing(CurrentUser::cadreId).reversed());
        int score = 5;
        for (CurrentUser trainee : inOrder) {
            assertThat(course.submit(trainee, course.answers(score, SUGGESTIONS.get(5 - score))))
                    .hasStatus(204);
            score--;
        }
    }

    /**
     * A reader of the database who learns when each trainee answered (from the session table, whose row names the
     * trainee and is written in the transaction right after their submission, or from watching the response rate)
     * would match the newest response to them if it lay in rows of its own, dated by the transaction that wrote them
     * (xmin) and by their place on disk (ctid). Here every response shares its transaction with at least the
     * threshold's number of others, lies on disk in the order of random keys, and closing leaves one transaction and
     * a random order for all.
     */
    @Test
    void neitherThePlaceOnDiskNorTheWritingTransactionTellsOneResponseFromAnother() {
        long template = course.defaultTemplate();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        for (int i = 0; i < 9; i++) {
            long madeUpCadre = -1_000_000L - i;
            String suggestion = "第" + (i + 4) + "份的建议";
            inTransaction.executeWithoutResult(status -> assertThat(answerStore.submit(
                            course.courseId,
                            madeUpCadre,
                            template,
                            List.of(new AnswerValue(7, null, null, null, suggestion))))
                    .isTrue());
            assertEachWritingTransactionHidesAResponseAmongTheThreshold(4 + i);
            assertThePoolIsSortedByRandomKey();
        }
        assertThat(responsesInTables())
                .as("the tenth submission moved half the pool")
                .hasSize(5);
        List<String> beforeClosing = responsesInTables();

        assertThat(postJson(mvc, "/api/v1/courses/" + course.courseId + "/evaluation/close", "{}", course.organiser))
                .hasStatusOk();
        assertThat(pooled()).as("closing empties the pool").isZero();
        assertThat(responsesInTables()).hasSize(12).doesNotContainAnyElementsOf(beforeClosing);
        assertThat(jdbc.sql("""
                        select count(distinct x) from (
                            select r.xmin::text x from evaluation_response r where r.course_id = :c
                            union all
                            select a.xmin::text from evaluation_answer a join evaluation_response r
                                on r.id = a.response_id where r.course_id = :c) written
                        """)
                        .param("c", course.courseId)
                        .query(Integer.class)
                        .single())
                .as("every response and answer of the closed questionnaire written by one transaction")
                .isEqualTo(1);
        List<String> given = new ArrayList<>(SUGGESTIONS);
        for (int i = 0; i < 9; i++) {
            given.add("第" + (i + 4) + "份的建议");
        }
        for (String table : List.of("r", "a")) {
            assertThat(jdbc.sql("""
                            select a.free_text from evaluation_answer a join evaluation_response r on r.id = a.response_id
                            where r.course_id = ? and a.question_position = 7 order by %s.ctid
                            """.formatted(table))
                            .param(course.courseId)
                            .query(String.class)
                            .list())
                    .as("the order on disk of the closed questionnaire's %s is a random one (1 in 12! to match)", table)
                    .containsExactlyInAnyOrderElementsOf(given)
                    .isNotEqualTo(given);
        }
        assertThat(course.answerRows()).isEqualTo(3 * 14 + 9);
    }

    private void assertEachWritingTransactionHidesAResponseAmongTheThreshold(int submitted) {
        int threshold = 5;
        assertThat(jdbc.sql("""
                        select count(*) from evaluation_response where course_id = ? group by xmin::text
                        """).param(course.courseId).query(Long.class).list())
                .as("responses moved to the tables by one transaction")
                .allSatisfy(together -> assertThat(together).isGreaterThanOrEqualTo(threshold));
        assertThat(jdbc.sql("""
                        select count(distinct a.response_id) from evaluation_answer a
                        join evaluation_response r on r.id = a.response_id where r.course_id = ? group by a.xmin::text
                        """).param(course.courseId).query(Long.class).list())
                .allSatisfy(together -> assertThat(together).isGreaterThanOrEqualTo(threshold));
        assertThat(pooled())
                .as("the pool, rewritten by the newest submission, hides it among the others")
                .isGreaterThanOrEqualTo(Math.min(submitted, threshold));
        assertThat(pooled() + responsesInTables().size()).isEqualTo(submitted);
    }

    private void assertThePoolIsSortedByRandomKey() {
        assertThat(jdbc.sql("""
                        select coalesce(array_agg(p ->> 'id' order by n) = array_agg(p ->> 'id' order by p ->> 'id'), true)
                        from evaluation_answered w, jsonb_array_elements(w.pending) with ordinality as e (p, n)
                        where w.course_id = ?
                        """).param(course.courseId).query(Boolean.class).single())
                .as("the pool is sorted by the responses' random keys")
                .isTrue();
    }

    private List<String> responsesInTables() {
        return jdbc.sql("select id::text from evaluation_response where course_id = ?")
                .param(course.courseId)
                .query(String.class)
                .list();
    }

    private int pooled() {
        return jdbc.sql("select jsonb_array_length(pending) from evaluation_answered where course_id = ?")
                .param(course.courseId)
                .query(Integer.class)
                .single();
    }
}
