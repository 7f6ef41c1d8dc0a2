package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The real branch secretaries' course was run twice back to back (第四十四期 19–21 November 2012, 第四十五期 22–24),
 * 田平 lecturing to each cohort. Its one questionnaire asks each trainee about the lectures of their own cohort only;
 * a trainee of no cohort, who takes part throughout, is asked about both. Answers sent about the other cohort's
 * lecture are not stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CohortQuestionnaireTests {

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
    long secondCohortLecture;
    CurrentUser first;
    CurrentUser second;
    CurrentUser throughout;

    @BeforeEach
    void twoCohorts() {
        courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        long course = courses.branchCourse;
        cohort(course, 0, "第四十四期", "2012-11-19", "2012-11-21");
        cohort(course, 1, "第四十五期", "2012-11-22", "2012-11-24");
        secondCohortLecture = ApiCalls.idOf(ApiCalls.postJson(
                mvc, "/api/v1/courses/" + course + "/agenda", """
                {"type": "LECTURE", "day": "2012-11-22", "startsAt": "10:00", "endsAt": "12:00",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d,
                 "titleZh": "以党的十八大精神引领党支部建设（第四十五期）", "titleEn": "Branch building (45th cohort)",
                 "mandatory": true}
                """.formatted(courses.tianPing), courses.organiser));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(mvc.put()
                        .uri("/api/v1/courses/" + course + "/evaluation")
                        .with(as(courses.organiser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"templateId": %d, "itemIds": [%d, %d], "opensAt": "%s", "closesAt": "%s"}
                                """.formatted(
                                        courses.templateId,
                                        courses.tianPingLecture,
                                        secondCohortLecture,
                                        now.minus(1, ChronoUnit.HOURS),
                                        now.plus(1, ChronoUnit.DAYS))))
                .hasStatusOk();
        first = courses.branchTrainees.get(0);
        second = courses.branchTrainees.get(1);
        throughout = courses.branchTrainees.get(2);
        joinCohort(course, first, 1);
        joinCohort(course, second, 2);
    }

    @Test
    void eachTraineeIsAskedAboutTheirOwnCohortsLecturesOnly() {
        assertThat(sheet(first))
                .contains("\"agendaItemId\":" + courses.tianPingLecture)
                .doesNotContain("\"agendaItemId\":" + secondCohortLecture);
        assertThat(sheet(second))
                .contains("\"agendaItemId\":" + secondCohortLecture)
                .doesNotContain("\"agendaItemId\":" + courses.tianPingLecture);
        assertThat(sheet(throughout))
                .contains("\"agendaItemId\":" + courses.tianPingLecture, "\"agendaItemId\":" + secondCohortLecture);
        assertThat(mvc.get()
                        .uri("/courses/" + courses.branchCourse + "/evaluation/answer")
                        .with(as(second)))
                .bodyText()
                .contains("id=\"item-" + secondCohortLecture + "\"")
                .doesNotContain("id=\"item-" + courses.tianPingLecture + "\"");
    }

    @Test
    void answersAboutTheOtherCohortsLectureAreNotStored() {
        assertThat(ApiCalls.postJson(
                        mvc,
                        "/api/v1/courses/" + courses.branchCourse + "/evaluation/responses",
                        """
                        {"answers": {"q0": ["5"], "q5-%d": ["1"], "q5-%d": ["5"]}}
                        """.formatted(courses.tianPingLecture, secondCohortLecture),
                        second))
                .hasStatus(204);
        assertThat(answersAbout(courses.tianPingLecture)).isZero();
        assertThat(answersAbout(secondCohortLecture)).isEqualTo(1);
    }

    private String sheet(CurrentUser trainee) {
        var result = mvc.get()
                .uri("/api/v1/courses/" + courses.branchCourse + "/evaluation/sheet")
                .with(as(trainee))
                .exchange();
        assertThat(result).hasStatusOk();
        return ApiCalls.body(result);
    }

    private int answersAbout(long item) {
        return jdbc.sql("select count(*) from evaluation_answer_given where course_id = ? and agenda_item_id = ?")
                .params(courses.branchCourse, item)
                .query(Integer.class)
                .single();
    }

    private void cohort(long course, int position, String name, String from, String to) {
        jdbc.sql("""
                        insert into course_cohort (course_id, position, name_zh, name_en, starts_on, ends_on)
                        values (?, ?, ?, '', cast(? as date), cast(? as date))
                        """).params(course, position, name, from, to).update();
    }

    private void joinCohort(long course, CurrentUser trainee, int cohort) {
        jdbc.sql("""
                        insert into enrolment_cohort (enrolment_id, cohort)
                        select id, ? from enrolment where course_id = ? and cadre_id = ?
                        """).params(cohort, course, trainee.cadreId()).update();
    }
}
