package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.Locale;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who runs a course and who it is for, through {@code /api/v1/courses}: written, read, refused, listed. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseWhoApiTests {

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

    CourseFixture seed;
    CurrentUser organiser = TestPrincipal.organiser();
    long department;
    long enshi;

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        department = unit("ED", "湖南省教育厅", "Hunan Provincial Department of Education");
        enshi = unit("ES", "恩施市委组织部", "Organisation Department of the Enshi Municipal Committee");
    }

    @Test
    void aCourseWithJointOrganisersACoOrganiserAnAudienceAndCohortsIsWrittenAndReadBack() {
        MvcTestResult created = send("POST", "/api/v1/courses", json(seed.prefix + "联合主办", "", "2023-03-19"), null);

        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(mvc.get().uri(location).with(as(organiser))).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.organiserUnitId").isEqualTo((int) seed.committee);
            assertThat(json).extractingPath("$.organiserUnitIds").asArray().containsExactly((int) seed.committee, (int)
                    department);
            assertThat(json).extractingPath("$.coOrganiserUnitIds").asArray().containsExactly((int) enshi);
            assertThat(json).extractingPath("$.trainingForm").isEqualTo("HYBRID");
            assertThat(json).extractingPath("$.contact.name.en").isEqualTo("Ms Wang");
            assertThat(json).extractingPath("$.contact.phone").isEqualTo("0731-8888 0000");
            assertThat(json).extractingPath("$.audience.rankCodes").asArray().isNotEmpty();
            assertThat(json)
                    .extractingPath("$.audience.cadreCategories")
                    .asArray()
                    .containsExactly("党务干部");
            assertThat(json).extractingPath("$.audience.line.en").isEqualTo("middle-level and section-level cadres");
            assertThat(json).extractingPath("$.cohorts[1].name.zh").isEqualTo("第二期");
            assertThat(json).extractingPath("$.cohorts[1].startsOn").isEqualTo("2023-03-18");
            assertThat(json).extractingPath("$.notes.zh").isEqualTo("第一期68人结业，14人获评优秀学员");
        });

        MvcTestResult changed = send(
                "PUT",
                location,
                json(seed.prefix + "联合主办", "", "2023-03-19")
                        .replace(
                                "\"jointOrganiserUnitIds\": [%d]".formatted(department),
                                "\"jointOrganiserUnitIds\": []"),
                null);
        assertThat(changed)
                .bodyJson()
                .extractingPath("$.organiserUnitIds")
                .asArray()
                .containsExactly((int) seed.committee);
    }

    @Test
    void aCohortOutsideTheCourseIsRefusedWithASentenceNamingItInTheCallersLanguage() {
        String body = json(seed.prefix + "期次", "", "2023-03-19").replace("2023-03-19\"}]", "2023-03-25\"}]");

        MvcTestResult chinese = send("POST", "/api/v1/courses", body, Locale.SIMPLIFIED_CHINESE);
        MvcTestResult english = send("POST", "/api/v1/courses", body, Locale.ENGLISH);

        assertThat(chinese).hasStatus(400).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("cohorts[1].endsOn");
            assertThat(json).extractingPath("$.detail").isEqualTo("第 2 期的日期必须在培训班日期 2023-03-17 至 2023-03-19 之内。");
        });
        assertThat(english)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("The dates of cohort 2 must lie within the course's dates, 2023-03-17 to 2023-03-19.");
    }

    @Test
    void aUnitBothOrganiserAndCoOrganiserIsRefusedAndNothingIsWritten() {
        String title = seed.prefix + "重复单位";
        String body = json(title, "", "2023-03-19").replace("[" + enshi + "]", "[" + department + "]");

        MvcTestResult refused = send("POST", "/api/v1/courses", body, Locale.ENGLISH);

        assertThat(refused).hasStatus(400).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("coOrganiserUnitIds");
            assertThat(json)
                    .extractingPath("$.detail")
                    .isEqualTo("A co-organiser cannot also be an organiser; remove it from one of the two.");
        });
        assertThat(mvc.get().uri("/api/v1/courses?q=" + title).with(as(organiser)))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void aSecondCourseOfTheSameTitleOnOverlappingDaysNeedsConfirming() {
        String title = seed.prefix + "同名培训班";
        MvcTestResult first = send("POST", "/api/v1/courses", json(title, "", "2023-03-19"), null);
        long firstId = idOf(first);

        MvcTestResult second = send(
                "POST",
                "/api/v1/courses",
                json(title, "", "2023-03-19").replace(title, " " + title + " "),
                Locale.ENGLISH);
        assertThat(second).hasStatus(409).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("confirmDuplicate");
            assertThat(json)
                    .extractingPath("$.detail")
                    .asString()
                    .contains("\"" + title + "\"")
                    .contains("2023-03-17 to 2023-03-19")
                    .contains("no. " + firstId);
        });

        MvcTestResult confirmed =
                send("POST", "/api/v1/courses", json(title, "\"confirmDuplicate\": true,", "2023-03-19"), null);
        assertThat(confirmed).hasStatus(201);
        assertThat(idOf(confirmed)).isNotEqualTo(firstId);
    }

    @Test
    void theListFiltersByTrainingFormAndOnlyPlannersWriteCourses() {
        String title = seed.prefix + "形式";
        send("POST", "/api/v1/courses", json(title, "", "2023-03-19"), null);

        assertThat(mvc.get().uri("/api/v1/courses?q={q}&form=HYBRID", title).with(as(organiser)))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].trainingForm").isEqualTo("HYBRID");
                });
        assertThat(mvc.get().uri("/api/v1/courses?q={q}&form=ONLINE", title).with(as(organiser)))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(mvc.post()
                        .uri("/api/v1/courses")
                        .with(as(TestPrincipal.cadre()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(seed.prefix + "无权", "", "2023-03-19")))
                .hasStatus(403);
    }

    @Test
    void theOpenApiDocumentDescribesWhoRunsACourseAndWhoItIsFor() {
        assertThat(mvc.get().uri("/v3/api-docs").with(as(organiser))).bodyJson().satisfies(json -> {
            assertThat(json)
                    .extractingPath("$.components.schemas.CourseForm.properties")
                    .asMap()
                    .containsKeys(
                            "jointOrganiserUnitIds",
                            "coOrganiserUnitIds",
                            "contactNameZh",
                            "trainingForm",
                            "audienceRankCodes",
                            "cohorts",
                            "notesZh",
                            "confirmDuplicate");
            assertThat(json)
                    .extractingPath("$.components.schemas.CourseResource.properties")
                    .asMap()
                    .containsKeys("organiserUnitIds", "coOrganiserUnitIds", "audience", "cohorts", "contact");
        });
    }

    private String json(String title, String extra, String lastCohortEnd) {
        String rank = firstRank();
        return """
                {"titleZh": "%s", "titleEn": "Joint course", %s
                 "organiserUnitId": %d, "jointOrganiserUnitIds": [%d], "coOrganiserUnitIds": [%d],
                 "hostUnitId": %d, "startsOn": "2023-03-17", "endsOn": "2023-03-19", "capacity": 60,
                 "requiredHours": 12, "category": "THEORY", "trainingForm": "HYBRID",
                 "contactNameZh": "王老师", "contactNameEn": "Ms Wang", "contactPhone": "0731-8888 0000",
                 "contactEmail": "wang@example.org", "audienceRankCodes": ["%s"], "audienceCategories": ["党务干部"],
                 "audienceZh": "中层和科级干部", "audienceEn": "middle-level and section-level cadres",
                 "notesZh": "第一期68人结业，14人获评优秀学员",
                 "cohorts": [{"nameZh": "第一期", "startsOn": "2023-03-17", "endsOn": "2023-03-17"},
                             {"nameZh": "第二期", "nameEn": "Second cohort", "startsOn": "2023-03-18", "endsOn": "%s"}]}
                """.formatted(title, extra, seed.committee, department, enshi, seed.partySchool, rank, lastCohortEnd);
    }

    @Autowired
    org.cadretraining.organisation.Ranks ranks;

    private String firstRank() {
        return ranks.all().getFirst().code();
    }

    private MvcTestResult send(String method, String uri, String body, Locale locale) {
        var request = ("PUT".equals(method) ? mvc.put() : mvc.post())
                .uri(uri)
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (Locale.ENGLISH.equals(locale)) {
            // the language is chosen by the lang cookie; Chinese without one
            request = request.cookie(new jakarta.servlet.http.Cookie("lang", "en"));
        }
        return request.exchange();
    }

    private long unit(String code, String zh, String en) {
        return directory.registerUnit(new UnitDetails(
                seed.prefix + code, new LocalizedText(zh, en), UnitKind.EXTERNAL_INSTITUTION, null, true));
    }

    private static long idOf(MvcTestResult created) {
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
