package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A required value left out is refused by the rule on the request or form it belongs to, not by a check in the
 * controller, and the refusal still reads as a sentence in the caller's language naming the field and what is
 * allowed; nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequiredFieldSentencesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentStore store;

    EnrolmentFixture world;
    long course;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(LocalDate.of(2034, 3, 17), LocalDate.of(2034, 3, 19), 3);
    }

    @Test
    void placesLeftOutOfAQuotaAreRefusedNamingTheFieldInBothLanguages() {
        MvcTestResult zh = send("PUT", "/api/v1/courses/" + course + "/quotas/" + world.schoolA, "{}", "zh-CN");
        assertRefused(zh, "places", "请填写名额：0 或更大的整数。");
        MvcTestResult en = send("PUT", "/api/v1/courses/" + course + "/quotas/" + world.schoolA, "{}", "en");
        assertRefused(en, "places", "Places: enter a whole number, 0 or more.");
        assertThat(jdbc.sql("select count(*) from unit_quota where course_id = ?")
                        .param(course)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCadreLeftOutOfAnEnrolmentOrNominationIsRefusedNamingTheField() {
        assertRefused(
                send("POST", "/api/v1/courses/" + course + "/enrolments", "{\"role\": \"PARTICIPANT\"}", "zh-CN"),
                "cadreId",
                "请选择干部：填写干部库中一位干部的编号。");
        assertRefused(
                send("POST", "/api/v1/courses/" + course + "/nominations", "{}", "en"),
                "cadreId",
                "Cadre: give the id of a cadre in the directory.");
        assertThat(store.ofCourse(course)).isEmpty();
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedOnThePageWithTheTextKept() {
        MvcTestResult page = mvc.post()
                .uri("/courses/{id}/enrolment/deadline", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("nominationDeadline", "下周五")
                .exchange();

        assertThat(page).hasStatus(400);
        assertThat(ApiCalls.body(page))
                .contains("提名截止日期须为日期，例如 2026-03-17。")
                .contains("value=\"下周五\"")
                .contains("is-invalid");
        assertThat(jdbc.sql("select nomination_deadline from course_enrolment where course_id = ?")
                        .param(course)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();

        MvcTestResult saved = mvc.post()
                .uri("/courses/{id}/enrolment/deadline", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("nominationDeadline", "2034-03-10")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
    }

    @Test
    void anUploadChosenWithoutAFileIsRefusedNamingTheFileAndWhatItMayBe() {
        MvcTestResult page = mvc.perform(multipart("/courses/{id}/enrolment/bulk/preview", course)
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                .with(as(world.organiser))
                .with(csrf())
                .param("source", "xlsx")
                .param("lang", "en"));

        assertThat(page).hasStatus(400);
        assertThat(ApiCalls.body(page)).contains("List file: choose an Excel workbook (.xlsx) to upload.");
        assertThat(store.ofCourse(course)).isEmpty();
    }

    private MvcTestResult send(String method, String uri, String json, String language) {
        CurrentUser user = world.organiser;
        var request = method.equals("PUT") ? mvc.put().uri(uri) : mvc.post().uri(uri);
        return request.with(as(user))
                .param("lang", language.substring(0, 2))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static void assertRefused(MvcTestResult answer, String field, String sentence) {
        assertThat(answer).hasStatus(400);
        assertThat(answer.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(answer).bodyJson().extractingPath("$.errors[0].message").isEqualTo(sentence);
    }
}
