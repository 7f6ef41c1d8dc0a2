package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class CourseApiTests {

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

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
    }

    @Test
    void createsACourseAsADraftAndAnswersWithItsLocation() {
        MvcTestResult created = post("/api/v1/courses", courseJson(seed.prefix + "领导干部政治能力提升培训班", "18"), organiser);
        assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/courses/" + idOf(created));
        assertThat(created).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.status").isEqualTo("DRAFT");
            assertThat(json).extractingPath("$.title.en").isEqualTo("Training course for improving political ability");
            assertThat(json).extractingPath("$.requiredHours").isEqualTo(18.0);
            assertThat(json).extractingPath("$.hostUnitId").isEqualTo((int) seed.partySchool);
            // the course's days (March 2023) are over, so it may also be recorded as having taken place
            assertThat(json)
                    .extractingPath("$.transitions")
                    .asArray()
                    .containsExactly("open-nominations", "record-as-held", "cancel");
        });
    }

    @Test
    void walksTheLifecycleAndRefusesAStepOutOfOrderWithAProblem() {
        long id = seed.course("状态流转").id();
        for (String step : new String[] {"open-nominations", "close-nominations", "start"}) {
            assertThat(post("/api/v1/courses/" + id + "/" + step, "", organiser))
                    .hasStatusOk();
        }
        MvcTestResult refused = post("/api/v1/courses/" + id + "/archive", "", organiser);
        assertThat(refused).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("培训班当前状态为“培训中”，不能执行“归档”。");
        assertThat(post("/api/v1/courses/" + id + "/complete", "", organiser))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("COMPLETED");
        assertThat(post("/api/v1/courses/" + id + "/cancel", "{\"reason\": \"太晚了\"}", organiser))
                .hasStatus(409);
    }

    @Test
    void cancellingNeedsAReason() {
        long id = seed.course("取消").id();
        assertThat(post("/api/v1/courses/" + id + "/cancel", "{}", organiser))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");
        assertThat(post("/api/v1/courses/" + id + "/cancel", "{\"reason\": \"场地维修\"}", organiser))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo("CANCELLED");
                    assertThat(json).extractingPath("$.cancelReason").isEqualTo("场地维修");
                });
    }

    @Test
    void onlyOrganisersChangeCoursesAndTheirAgenda() {
        long id = seed.course("权限").id();
        CurrentUser liaison = TestPrincipal.liaison(seed.committee);
        assertThat(post("/api/v1/courses", courseJson("不许", "18"), liaison))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.put()
                        .uri("/api/v1/courses/{id}", id)
                        .with(as(liaison))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson("不许", "18")))
                .hasStatus(403);
        assertThat(post("/api/v1/courses/" + id + "/open-nominations", "", liaison))
                .hasStatus(403);
        assertThat(post("/api/v1/courses/" + id + "/agenda", itemJson("09:00", "10:00", null), liaison))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/courses/{id}", id).with(as(liaison))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/courses/{id}", id)).hasStatus(401);
    }

    @Test
    void anInvalidCourseIsRefusedFieldByField() {
        assertThat(post("/api/v1/courses", courseJson("", "18"), organiser))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("titleZh");
        assertThat(post("/api/v1/courses", courseJson("学时不对", "1.1"), organiser))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("requiredHours");
        String hostIsNotExternal = courseJson("承办不对", "18")
                .replace("\"hostUnitId\": " + seed.partySchool, "\"hostUnitId\": " + seed.committee);
        assertThat(post("/api/v1/courses", hostIsNotExternal, organiser))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("hostUnitId");
    }

    @Test
    void listsCoursesWithFiltersSortingAndPaging() {
        seed.course(seed.prefix + "甲");
        seed.course(seed.prefix + "乙");
        long opened = seed.course(seed.prefix + "丙").id();
        planner.take(opened, CourseTransition.OPEN_NOMINATIONS, null, organiser);
        assertThat(mvc.get()
                        .uri("/api/v1/courses?q={q}&sort=title&size=2", seed.prefix)
                        .with(as(organiser)))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(3);
                    assertThat(json).extractingPath("$.items.length()").isEqualTo(2);
                });
        assertThat(mvc.get()
                        .uri("/api/v1/courses?q={q}&status=NOMINATIONS_OPEN&year=2023", seed.prefix)
                        .with(as(organiser)))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].title.zh").isEqualTo(seed.prefix + "丙");
                });
    }

    @Test
    void agendaItemsGetTheirHoursByTheRuleAndAFixedFigureIsKept() {
        long id = seed.course("学时").id();
        long first = idOf(post("/api/v1/courses/" + id + "/agenda", itemJson("08:30", "10:00", null), organiser));
        assertThat(hoursOf(id, first)).isEqualTo(1.5);

        // the morning now holds 210 minutes: its 3 hours are shared 90 : 120
        MvcTestResult second = post("/api/v1/courses/" + id + "/agenda", itemJson("10:00", "12:00", null), organiser);
        assertThat(second)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.creditHours")
                .isEqualTo(1.75);
        assertThat(hoursOf(id, first)).isEqualTo(1.25);

        assertThat(mvc.put()
                        .uri("/api/v1/courses/{id}/agenda/{item}", id, idOf(second))
                        .with(as(organiser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson("10:00", "12:00", "2")))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.creditHours").isEqualTo(2.0);
                    assertThat(json).extractingPath("$.creditOverridden").isEqualTo(true);
                });
        assertThat(hoursOf(id, first)).isEqualTo(1.5);
        assertThat(post("/api/v1/courses/" + id + "/agenda", itemJson("13:00", "14:00", "0.3"), organiser))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("creditOverride");
    }

    @Test
    void anOverlapIsAConflictFoundByTheCheckAndRefusedOnSave() {
        long id = seed.course("冲突").id();
        post("/api/v1/courses/" + id + "/agenda", itemJson("08:30", "10:00", null), organiser);
        assertThat(post("/api/v1/courses/" + id + "/agenda/check", itemJson("09:30", "11:00", null), organiser))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.conflicts[0].field").isEqualTo("startsAt");
                    assertThat(json).extractingPath("$.conflicts[0].messageKey").isEqualTo("course.conflict.overlap");
                });
        assertThat(post("/api/v1/courses/" + id + "/agenda", itemJson("09:30", "11:00", null), organiser))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("startsAt");
        assertThat(mvc.get().uri("/api/v1/courses/{id}/agenda", id).with(as(organiser)))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
    }

    @Test
    void aCadreSpeakingElsewhereAtTheSameTimeIsRefusedAcrossCourses() {
        long first = seed.course("第一班").id();
        long second = seed.course("第二班").id();
        String huSpeaks = itemJson("08:30", "09:00", null)
                .replace(
                        "\"speakerLecturerId\": " + seed.lecturer,
                        "\"speakerStaffNumber\": \"" + seed.prefix + "001\"");
        assertThat(post("/api/v1/courses/" + first + "/agenda", huSpeaks, organiser))
                .hasStatus(201)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.speaker.kind").isEqualTo("CADRE");
                    assertThat(json).extractingPath("$.speaker.cadreId").isEqualTo((int) seed.huXiaomei);
                });
        assertThat(post("/api/v1/courses/" + second + "/agenda", huSpeaks, organiser))
                .hasStatus(409)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("speakerStaffNumber");
                    assertThat(json).extractingPath("$.detail").asString().contains("第一班");
                });
    }

    @Test
    void registersSitesAndLecturersAndListsWhatALecturerTaught() {
        MvcTestResult site = post("/api/v1/sites", """
                {"nameZh": "塔山阻击战纪念馆", "nameEn": "Tashan Blocking Battle Memorial Hall",
                 "kind": "MEMORIAL_HALL", "capacity": 80}""", organiser);
        assertThat(site)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.name.en")
                .isEqualTo("Tashan Blocking Battle Memorial Hall");

        MvcTestResult lecturer = post(
                "/api/v1/lecturers",
                "{\"cadreStaffNumber\": \"" + seed.prefix + "001\", \"topics\": \"政治能力\"}",
                organiser);
        assertThat(lecturer).hasStatus(201).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.name").isEqualTo("胡晓梅");
            assertThat(json).extractingPath("$.affiliation").isEqualTo("党委");
        });
        assertThat(post("/api/v1/lecturers", "{\"cadreStaffNumber\": \"" + seed.prefix + "001\"}", organiser))
                .hasStatus(409);
        assertThat(post(
                        "/api/v1/sites",
                        "{\"nameZh\": \"x\", \"kind\": \"PARK\"}",
                        TestPrincipal.cadre(seed.huXiaomei)))
                .hasStatus(403);

        long course = seed.course("授课记录").id();
        post("/api/v1/courses/" + course + "/agenda", itemJson("08:30", "10:00", null), organiser);
        assertThat(mvc.get()
                        .uri("/api/v1/lecturers/{id}/courses", seed.lecturer)
                        .with(as(organiser)))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.length()").isEqualTo(1);
                    assertThat(json).extractingPath("$[0].title.zh").isEqualTo("授课记录");
                    assertThat(json).extractingPath("$[0].creditHours").isEqualTo(1.5);
                });
    }

    private double hoursOf(long courseId, long itemId) {
        String body = response(mvc.get()
                .uri("/api/v1/courses/{id}/agenda/{item}", courseId, itemId)
                .with(as(organiser))
                .exchange());
        return Double.parseDouble(body.replaceAll(".*\"creditHours\":([0-9.]+).*", "$1"));
    }

    private String courseJson(String title, String hours) {
        return """
                {"titleZh": "%s", "titleEn": "Training course for improving political ability",
                 "organiserUnitId": %d, "hostUnitId": %d, "venueSiteId": %d,
                 "startsOn": "2023-03-17", "endsOn": "2023-03-19", "capacity": 20, "requiredHours": %s,
                 "category": "PARTY_SPIRIT"}
                """.formatted(title, seed.committee, seed.partySchool, seed.school, hours);
    }

    private String itemJson(String from, String to, String override) {
        return """
                {"type": "MICRO_COURSE", "day": "2023-03-18", "startsAt": "%s", "endsAt": "%s",
                 "speakerLecturerId": %d, "titleZh": "辽沈战役——塔山阻击战的历史背景", "mandatory": true,
                 "creditOverride": %s}
                """.formatted(from, to, seed.lecturer, override == null ? "null" : override);
    }

    private MvcTestResult post(String uri, String json, CurrentUser user) {
        var request = mvc.post().uri(uri).with(as(user));
        if (!json.isEmpty()) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private static long idOf(MvcTestResult created) {
        String location = created.getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String response(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
