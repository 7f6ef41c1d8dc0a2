package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.TableRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Plays someone who wants to know who answered what, reading every path the application offers (each GET mapping of
 * the evaluation module's controllers, the course's completion page and archive, for the organiser, the class
 * teacher, the lecturer and each trainee, in both languages, the XLSX and PDF as their text), and finds no way: the
 * pages that name trainees hold no answer, the pages that hold answers name no trainee who answered, and the free
 * texts come sorted by wording, never in the order they were given. Six trainees of the real branch secretaries'
 * course answer, last first; the seventh does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnswerLinkingTests {

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

    ResultsCourses courses;
    List<String> answeringNames;
    List<CurrentUser> answering;

    /** The suggestions of trainees 0 and 2: trainee 2 answers first, but 0's text sorts first. */
    static final String FIRST_BY_WORDING = "希望增加研讨时间";

    static final String FIRST_GIVEN = "案例再多一些";

    /** Every answer text given, and a per-item remark. */
    static final List<String> TEXTS = List.of(FIRST_BY_WORDING, FIRST_GIVEN, "讲得透彻", "联系实际");

    @BeforeEach
    void sixTraineesAnswerLastFirst() {
        courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        answering = new ArrayList<>();
        answeringNames = new ArrayList<>();
        for (int i = 5; i >= 0; i--) {
            courses.answerBranch(i);
            answering.add(courses.branchTrainees.get(i));
            // the course's trainees are the cadres registered after the two lecturers: 学员2 to 学员8
            answeringNames.add("学员" + (i + 2));
        }
    }

    @Test
    void noPageExportOrApiAnswerLinksAnAnswerToAPerson() throws Exception {
        long course = courses.branchCourse;
        String evaluation = "/courses/" + course + "/evaluation";
        String api = "/api/v1/evaluation/courses/" + course;
        Map<String, String> read = new LinkedHashMap<>();
        for (CurrentUser staff : List.of(courses.organiser, courses.classTeacher)) {
            for (boolean english : new boolean[] {false, true}) {
                String who = (staff == courses.organiser ? "organiser" : "class teacher") + (english ? " en" : "");
                for (String uri : List.of(
                        evaluation,
                        evaluation + "/rate",
                        evaluation + "/reminders",
                        evaluation + "/results",
                        evaluation + "/items/" + courses.tianPingLecture + "/qr",
                        "/api/v1/courses/" + course + "/evaluation",
                        api + "/response-rate",
                        api + "/reminders",
                        api + "/results",
                        "/courses/" + course + "/completion",
                        "/courses/" + course + "/archive",
                        "/api/v1/courses/" + course + "/archive")) {
                    read.put(who + " " + uri, text(uri, staff, english));
                }
                read.put(who + " xlsx", xlsx(evaluation + "/results.xlsx", staff));
                read.put(who + " pdf", pdf(evaluation + "/results.pdf", staff, english));
            }
        }
        for (String uri : List.of(
                "/lecturers/scores",
                "/lecturers/" + courses.tianPing + "/scores",
                "/api/v1/evaluation/lecturers/scores",
                "/api/v1/evaluation/lecturers/" + courses.tianPing + "/scores",
                "/evaluation/templates",
                "/api/v1/evaluation/templates",
                "/api/v1/evaluation/templates/" + courses.templateId)) {
            read.put("organiser " + uri, text(uri, courses.organiser, false));
        }
        for (String uri : List.of(
                "/lecturers/" + courses.tianPing + "/scores",
                "/api/v1/evaluation/lecturers/" + courses.tianPing + "/scores")) {
            read.put("lecturer " + uri, text(uri, courses.tianPingAccount, false));
        }
        for (CurrentUser trainee : answering) {
            read.put(trainee.username() + " page", text(evaluation + "/answer", trainee, false));
            read.put(
                    trainee.username() + " sheet",
                    text("/api/v1/courses/" + course + "/evaluation/sheet", trainee, false));
        }

        assertThat(read.get("organiser " + evaluation + "/results"))
                .as("the attempt reads real results")
                .contains(FIRST_BY_WORDING, FIRST_GIVEN);
        assertThat(read.get("organiser " + evaluation + "/rate"))
                .as("and the names of those who have not answered")
                .contains("学员8");
        int withAnswers = 0;
        for (var path : read.entrySet()) {
            String body = path.getValue();
            boolean holdsAnswers = TEXTS.stream().anyMatch(body::contains);
            boolean namesOneWhoAnswered = answeringNames.stream().anyMatch(body::contains)
                    || answering.stream().anyMatch(trainee -> body.contains(trainee.username()));
            assertThat(holdsAnswers && namesOneWhoAnswered)
                    .as("%s holds answers and names one who answered", path.getKey())
                    .isFalse();
            if (holdsAnswers) {
                assertThat(body)
                        .as("%s: no person's key beside answers", path.getKey())
                        .doesNotContain("\"cadreId\"", "\"staffNumber\"", "\"respondent", "\"submittedAt\"");
            }
            if (body.contains(FIRST_BY_WORDING) && body.contains(FIRST_GIVEN)) {
                withAnswers++;
                assertThat(body.indexOf(FIRST_BY_WORDING))
                        .as("%s lists texts by wording, not in the order given", path.getKey())
                        .isLessThan(body.indexOf(FIRST_GIVEN));
            }
        }
        assertThat(withAnswers)
                .as("results page, API, XLSX and PDF for two readers in two languages")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void theDatabaseHoldsTheAnswersWithoutPersonTimeOrOrder() {
        List<String> texts =
                jdbc.sql("""
                        select free_text from evaluation_answer_given
                        where course_id = ? and free_text is not null and question_position = 4
                        """).param(courses.branchCourse).query(String.class).list();
        assertThat(texts).containsExactlyInAnyOrder(FIRST_BY_WORDING, FIRST_GIVEN);
        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                        where table_name in ('evaluation_response', 'evaluation_answer', 'evaluation_answered',
                                             'evaluation_response_given', 'evaluation_answer_given')
                        """).query().listOfRows();
        assertThat(columns).isNotEmpty().allSatisfy(column -> {
            assertThat((String) column.get("data_type")).doesNotContain("time", "date", "interval");
            assertThat((String) column.get("column_name")).doesNotContainPattern("user|account|_by$|_at$|time|date");
        });
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.sequences where sequence_name like 'evaluation_answer%'
                           or sequence_name like 'evaluation_response%'
                        """).query(Integer.class).single())
                .as("no sequence counts the responses")
                .isZero();
    }

    private String text(String uri, CurrentUser who, boolean english) {
        var request = mvc.get().uri(uri).with(as(who));
        if (english) {
            request = request.cookie(new Cookie("lang", "en"));
        }
        MvcTestResult result = request.exchange();
        assertThat(result).as(uri).hasStatusOk();
        return org.cadretraining.support.ApiCalls.body(result);
    }

    private String xlsx(String uri, CurrentUser who) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(as(who)).exchange();
        assertThat(result).hasStatusOk();
        return String.join(
                "\n",
                TableRows.ofXlsx(result.getResponse().getContentAsByteArray()).stream()
                        .map(row -> String.join("\t", row.cells()))
                        .toList());
    }

    private String pdf(String uri, CurrentUser who, boolean english) throws Exception {
        var request = mvc.get().uri(uri).with(as(who));
        if (english) {
            request = request.cookie(new Cookie("lang", "en"));
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
