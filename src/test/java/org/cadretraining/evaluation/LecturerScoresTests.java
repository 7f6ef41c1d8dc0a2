package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 田平's scores across the 2012 branch secretaries' course and the 2024 plenum study, counted by hand: content and
 * delivery 5,4,5,4,5,3 and 5,5,4,4,5,4 in 2012 (53 over 12 ratings, six answers), all 4s in 2024 (40 over 10, five
 * answers). Only organisers and 田平 himself read them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LecturerScoresTests {

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

    ResultsCourses courses;
    String api;
    String page;

    @BeforeEach
    void courses() {
        courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        api = "/api/v1/evaluation/lecturers/" + courses.tianPing + "/scores";
        page = "/lecturers/" + courses.tianPing + "/scores";
    }

    @Test
    void organisersSeeALecturersScoresAcrossCoursesAndYears() {
        courses.answerPlenum(5);
        JsonNode score = json(api, courses.organiser);
        assertThat(score.get("answers").asLong()).isEqualTo(11);
        // (53 + 40) / 22
        assertThat(score.get("mean").decimalValue()).isEqualByComparingTo("4.23");
        JsonNode years = score.get("years");
        assertThat(years).hasSize(2);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2012);
        assertThat(years.get(0).get("answers").asLong()).isEqualTo(6);
        assertThat(years.get(0).get("mean").decimalValue()).isEqualByComparingTo("4.42");
        assertThat(years.get(1).get("year").asInt()).isEqualTo(2024);
        assertThat(years.get(1).get("mean").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(score.get("items")
                        .valueStream()
                        .map(i -> i.get("itemId").asLong())
                        .toList())
                .containsExactly(courses.plenumLecture, courses.tianPingLecture);

        assertThat(mvc.get().uri(page).with(as(courses.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("总平均分 4.23（11 份回答）")
                .contains("全面深化改革的新部署")
                .contains("data-chart");
        assertThat(mvc.get().uri(page).cookie(new Cookie("lang", "en")).with(as(courses.organiser)))
                .bodyText()
                .contains("Overall mean 4.23 (11 answers)");

        JsonNode all = json("/api/v1/evaluation/lecturers/scores", courses.organiser);
        JsonNode tianPing = all.valueStream()
                .filter(s -> s.get("lecturerId").asLong() == courses.tianPing)
                .findFirst()
                .orElseThrow();
        assertThat(tianPing.get("mean").decimalValue()).isEqualByComparingTo("4.23");
        // 陈力 only presided: a presider is not scored
        assertThat(all.valueStream().map(s -> s.get("lecturerId").asLong())).doesNotContain(courses.chenLi);
        assertThat(mvc.get().uri("/lecturers/scores").with(as(courses.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("田平")
                .contains("2012: 4.42")
                .contains("2024: 4.00")
                .contains("下降");
    }

    @Test
    void anItemBelowTheThresholdShowsItsCountAndAddsNothing() {
        courses.answerPlenum(4);
        JsonNode score = json(api, courses.organiser);
        assertThat(score.get("answers").asLong()).isEqualTo(6);
        assertThat(score.get("mean").decimalValue()).isEqualByComparingTo("4.42");
        assertThat(score.get("years")).hasSize(1);
        JsonNode plenum = score.get("items").get(0);
        assertThat(plenum.get("itemId").asLong()).isEqualTo(courses.plenumLecture);
        assertThat(plenum.get("responses").asLong()).isEqualTo(4);
        assertThat(plenum.get("shown").asBoolean()).isFalse();
        assertThat(plenum.get("mean").isNull()).isTrue();
        assertThat(mvc.get().uri(page).with(as(courses.organiser))).bodyText().contains("4 份，未达到 5 份");
    }

    @Test
    void aLecturerSeesTheirOwnScoresAndNobodyElses() {
        courses.answerPlenum(5);
        assertThat(mvc.get().uri(api).with(as(courses.tianPingAccount))).hasStatusOk();
        assertThat(mvc.get().uri(page).with(as(courses.tianPingAccount)))
                .hasStatusOk()
                .bodyText()
                .contains("总平均分 4.23");
        assertThat(mvc.get().uri("/lecturers/" + courses.tianPing).with(as(courses.tianPingAccount)))
                .bodyText()
                .contains("lecturer-scores-link");
        String chenLiScores = "/lecturers/" + courses.chenLi + "/scores";
        assertThat(mvc.get().uri(chenLiScores).with(as(courses.tianPingAccount)))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/evaluation/lecturers/" + courses.chenLi + "/scores")
                        .with(as(courses.tianPingAccount)))
                .hasStatus(403);
        assertThat(mvc.get().uri(page).with(as(courses.chenLiAccount))).hasStatus(403);
        assertThat(mvc.get().uri(api).with(as(courses.chenLiAccount))).hasStatus(403);
        assertThat(mvc.get().uri("/lecturers/" + courses.tianPing).with(as(courses.chenLiAccount)))
                .bodyText()
                .doesNotContain("lecturer-scores-link");
        assertThat(mvc.get().uri("/lecturers/scores").with(as(courses.tianPingAccount)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/evaluation/lecturers/scores").with(as(courses.tianPingAccount)))
                .hasStatus(403);
    }

    @Test
    void liaisonsCadresTraineesAndClassTeachersSeeNoIndividualResults() {
        for (CurrentUser refused : List.of(
                courses.liaison,
                courses.outsider,
                courses.branchTrainees.get(0),
                courses.classTeacher,
                TestPrincipal.cadre())) {
            assertThat(mvc.get().uri(api).with(as(refused))).hasStatus(403);
            assertThat(mvc.get().uri(page).with(as(refused))).hasStatus(403);
            assertThat(mvc.get().uri("/lecturers/scores").with(as(refused))).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/evaluation/lecturers/scores").with(as(refused)))
                    .hasStatus(403);
        }
        assertThat(mvc.get()
                        .uri("/api/v1/evaluation/lecturers/" + Long.MAX_VALUE + "/scores")
                        .with(as(courses.organiser)))
                .hasStatus(404);
    }

    private JsonNode json(String uri, CurrentUser user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return jsonMapper.readTree(ApiCalls.body(result));
    }
}
