package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A course meant for the cadres of some units, held part-time (在职), as the Party schools run their weekly evening
 * classes for the staff of two schools: the units and the form are chosen on the page and through the API, shown on
 * the course page in either language, kept on the edit form, and changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseAudienceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CoursePlanner planner;

    @Autowired
    AgendaPlanner agendaPlanner;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    JdbcClient jdbc;

    CourseFixture seed;
    final CurrentUser organiser = TestPrincipal.organiser();
    long mechanical;
    long chemical;

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        mechanical = school("ME", "机械工程学院", "School of Mechanical Engineering");
        chemical = school("CE", "化学工程学院", "School of Chemical Engineering");
    }

    @Test
    void audienceUnitsAndAPartTimeFormAreChosenOnThePageShownInBothLanguagesAndChanged() throws Exception {
        String title = seed.prefix + "周末理论学习班";
        assertThat(mvc.post()
                        .uri("/courses")
                        .with(as(organiser))
                        .with(csrf())
                        .params(form(title))
                        .param("audienceUnitIds", String.valueOf(mechanical), String.valueOf(chemical)))
                .hasStatus3xxRedirection();
        long id = jdbc.sql("select id from course where title_zh = ?")
                .param(title)
                .query(Long.class)
                .single();

        Document chinese = page("/courses/" + id, "zh-CN");
        assertThat(chinese.select("#courseTrainingForm").text()).isEqualTo("在职");
        assertThat(chinese.select("#courseAudience").text()).contains("参训单位：机械工程学院、化学工程学院");
        Document english = page("/courses/" + id, "en");
        assertThat(english.select("#courseTrainingForm").text()).isEqualTo("Part-time");
        assertThat(english.select("#courseAudience").text())
                .contains("Units: School of Mechanical Engineering, School of Chemical Engineering");

        Document edit = page("/courses/" + id + "/edit", "zh-CN");
        assertThat(edit.select("select[name=audienceUnitIds] option[selected]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(mechanical), String.valueOf(chemical));
        assertThat(edit.select("select[name=trainingForm] option[selected]").eachAttr("value"))
                .containsExactly("PART_TIME");

        assertThat(mvc.post()
                        .uri("/courses/" + id)
                        .with(as(organiser))
                        .with(csrf())
                        .params(form(title))
                        .param("audienceUnitIds", String.valueOf(chemical)))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1/courses/" + id).with(as(organiser)))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.audience.unitIds")
                            .asArray()
                            .containsExactly((int) chemical);
                    assertThat(json).extractingPath("$.trainingForm").isEqualTo("PART_TIME");
                });
    }

    @Test
    void audienceUnitsAreWrittenAndReadBackThroughTheApiAndAnUnknownOneIsRefused() throws Exception {
        MvcTestResult created = api("POST", "/api/v1/courses", json("[%d, %d]".formatted(mechanical, chemical)));
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(mvc.get().uri(location).with(as(organiser))).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.audience.unitIds").asArray().containsExactly((int) mechanical, (int)
                    chemical);
            assertThat(json).extractingPath("$.trainingForm").isEqualTo("PART_TIME");
        });

        assertThat(api("PUT", location, json("[%d]".formatted(mechanical))))
                .bodyJson()
                .extractingPath("$.audience.unitIds")
                .asArray()
                .containsExactly((int) mechanical);

        MvcTestResult refused = api("PUT", location, json("[%d, -1]".formatted(chemical)));
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("audienceUnitIds", "找不到所选的参训单位。");
        assertThat(mvc.get().uri(location).with(as(organiser)))
                .bodyJson()
                .extractingPath("$.audience.unitIds")
                .asArray()
                .as("a refused change leaves the course as it was")
                .containsExactly((int) mechanical);
    }

    private org.springframework.util.MultiValueMap<String, String> form(String title) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("titleZh", title);
        form.add("organiserUnitId", String.valueOf(seed.committee));
        form.add("startsOn", "2024-03-02");
        form.add("endsOn", "2024-05-25");
        form.add("capacity", "80");
        form.add("requiredHours", "24");
        form.add("category", "THEORY");
        form.add("trainingForm", "PART_TIME");
        form.add("audienceZh", "两学院全体党员干部");
        form.add("audienceEn", "all Party member cadres of the two schools");
        return form;
    }

    private String json(String unitIds) {
        return """
                {"titleZh": "%s在职理论学习班", "organiserUnitId": %d, "startsOn": "2024-03-02", "endsOn": "2024-05-25",
                 "capacity": 80, "requiredHours": 24, "category": "THEORY", "trainingForm": "PART_TIME",
                 "audienceUnitIds": %s}
                """.formatted(seed.prefix, seed.committee, unitIds);
    }

    private MvcTestResult api(String method, String uri, String body) {
        return ("PUT".equals(method) ? mvc.put() : mvc.post())
                .uri(uri)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private Document page(String uri, String lang) throws Exception {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .with(as(organiser))
                .cookie(new Cookie("lang", lang))
                .exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long school(String code, String zh, String en) {
        return directory.registerUnit(new UnitDetails(
                seed.prefix + code, new LocalizedText(zh, en), UnitKind.PARTY_COMMITTEE, seed.committee, true));
    }
}
