package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.LocalDate;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** /api/v1/courses/{id}/enrolments/bulk, and course roles and study groups through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class BulkEnrolmentApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentStore store;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    Quotas quotas;

    EnrolmentFixture world;
    long course;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(LocalDate.of(2033, 3, 17), LocalDate.of(2033, 3, 19), 3);
        for (int i = 1; i <= 4; i++) {
            world.cadre("处级" + i, world.departmentOfA, "COUNTY", "党支部书记", true);
        }
        world.cadre("科级", world.schoolA, "SECTION", "党支部书记", true);
    }

    @Test
    void aDryRunByFilterSaysWhatWouldHappenAndWritesNothing() {
        assertThat(post(world.organiser, """
                        {"filter": {"unitId": %d, "ranks": ["COUNTY"]}}
                        """.formatted(world.committee)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.written").isEqualTo(false);
                    assertThat(json).extractingPath("$.enrolled").isEqualTo(3);
                    assertThat(json).extractingPath("$.waitlisted").isEqualTo(1);
                    assertThat(json).extractingPath("$.rows[3].outcome").isEqualTo("WAITLIST");
                    assertThat(json).extractingPath("$.rows[3].reason").isEqualTo("班级已满（容量 3 人），列入候补名单第 1 位");
                });
        assertThat(store.ofCourse(course)).isEmpty();
    }

    @Test
    void aConfirmationWithTheShownTokenWritesAndAStaleOneAnswers409WithTheNewPreview() throws Exception {
        String body = """
                {"filter": {"unitId": %d, "ranks": ["COUNTY"]}, "dryRun": %s, "previewToken": "%s"}
                """;
        MvcTestResult preview = post(world.organiser, body.formatted(world.committee, true, ""));
        String token = com.jayway.jsonpath.JsonPath.read(preview.getResponse().getContentAsString(), "$.token");

        direct.enrol(course, world.cadre("抢先", world.schoolB, "", "", true), null, world.organiser);
        MvcTestResult stale = post(world.organiser, body.formatted(world.committee, false, token));
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.detail").asString().contains("预览之后报名情况已有变化");
            assertThat(json).extractingPath("$.preview.waitlisted").isEqualTo(2);
        });
        assertThat(store.ofCourse(course)).hasSize(1);

        String fresh = com.jayway.jsonpath.JsonPath.read(stale.getResponse().getContentAsString(), "$.preview.token");
        assertThat(post(world.organiser, body.formatted(world.committee, false, fresh)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.written")
                .isEqualTo(true);
        assertThat(store.ofCourse(course)).hasSize(5);
    }

    @Test
    void aLiaisonsRefusalsReadInEnglishWithTheQuota() {
        quotas.allocate(course, world.schoolA, 2, world.organiser);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/{id}/enrolments/bulk?lang=en", course)
                        .with(as(world.liaisonA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"filter": {"unitId": %d, "ranks": ["COUNTY"]}}
                                """.formatted(world.committee)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.enrolled").isEqualTo(2);
                    assertThat(json)
                            .extractingPath("$.rows[2].reason")
                            .isEqualTo("Beyond your unit's places: your unit has 2 places, 0 of them already used");
                });
    }

    @Test
    void anEmptyListIsAProblemNamingTheFieldAndACadreIsForbidden() {
        assertThat(post(world.organiser, "{\"lines\": []}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("名单为空：请至少选择、粘贴或上传一名干部");
        assertThat(post(TestPrincipal.cadre(), "{\"lines\": [\"x\"]}")).hasStatus(403);
    }

    @Test
    void courseRolesAndStudyGroupsAreReachableThroughTheApi() {
        long cadre = world.cadre("组长", world.schoolA, "COUNTY", "", true);
        long id = direct.enrol(course, cadre, null, world.organiser).id();
        assertThat(put(world.organiser, "/api/v1/enrolments/" + id + "/role", "{\"role\": \"GROUP_LEADER\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.role")
                .isEqualTo("GROUP_LEADER");
        MvcTestResult group = mvc.post()
                .uri("/api/v1/courses/{id}/study-groups", course)
                .with(as(world.organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"第一组\"}")
                .exchange();
        assertThat(group).hasStatus(201);
        Number groupId = com.jayway.jsonpath.JsonPath.read(html(group), "$.id");
        assertThat(put(world.organiser, "/api/v1/enrolments/" + id + "/study-group", "{\"groupId\": " + groupId + "}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.group")
                .isEqualTo("第一组");
        assertThat(mvc.get().uri("/api/v1/courses/{id}/study-groups", course).with(as(world.organiser)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].members[0]")
                .isEqualTo("组长");
        assertThat(put(world.liaisonA, "/api/v1/enrolments/" + id + "/role", "{\"role\": \"STAFF\"}"))
                .hasStatus(403);
        assertThat(put(world.organiser, "/api/v1/enrolments/" + id + "/role", "{}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("请选择班级角色");
    }

    @Test
    void theOpenApiDocumentDescribesTheBulkStepRolesAndGroups() {
        assertThat(mvc.get().uri("/v3/api-docs").with(as(world.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/courses/{courseId}/enrolments/bulk")
                .contains("/api/v1/enrolments/{id}/role")
                .contains("/api/v1/courses/{courseId}/study-groups")
                .contains("previewToken");
    }

    private MvcTestResult post(org.cadretraining.shared.CurrentUser user, String json) {
        return mvc.post()
                .uri("/api/v1/courses/{id}/enrolments/bulk", course)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult put(org.cadretraining.shared.CurrentUser user, String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
