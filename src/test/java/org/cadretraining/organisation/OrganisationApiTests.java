package org.cadretraining.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    OrganisationFixture org;
    long baiJing;
    long outsider;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void people() {
        org = new OrganisationFixture(directory, UUID.randomUUID().toString().substring(0, 6) + "-");
        org.cadre(directory, "001", "胡晓梅", org.committee, "BUREAU");
        baiJing = org.cadre(directory, "002", "白晶", org.department, "COUNTY");
        outsider = org.cadre(directory, "004", "王白", org.school, "STAFF");
    }

    @Test
    void listsCadresWithFiltersAndPaging() {
        assertThat(mvc.get()
                        .uri("/api/v1/cadres?q=白&unitId={unit}&sort=name&size=1&page=0", org.root)
                        .with(as(admin)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(2);
                    assertThat(json).extractingPath("$.size").isEqualTo(1);
                    assertThat(json).extractingPath("$.items.length()").isEqualTo(1);
                });
    }

    @Test
    void getsOneCadreWithTheirHistory() {
        assertThat(mvc.get().uri("/api/v1/cadres/{id}", baiJing).with(as(admin)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.details.name").isEqualTo("白晶");
                    assertThat(json).extractingPath("$.history.length()").isEqualTo(1);
                });
    }

    @Test
    void createsACadreAndAnswersWithItsLocation() {
        String body = """
                {"staffNumber": "%sNEW", "name": "李明", "unitId": %d, "positionZh": "处长", "rankCode": "COUNTY"}
                """.formatted(org.prefix, org.office);
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(201)
                .hasHeader(
                        "Location",
                        "/api/v1/cadres/"
                                + directory
                                        .cadreIdByStaffNumber(org.prefix + "NEW")
                                        .orElseThrow());
        assertThat(directory.cadreIdByStaffNumber(org.prefix + "NEW")).isPresent();
    }

    @Test
    void aCadresEnglishNameIsSentAndReadBack() {
        String body = """
                {"staffNumber": "%sEN", "name": "胡晓梅", "nameEn": "Hu Xiaomei", "unitId": %d}
                """.formatted(org.prefix, org.office);
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(201);
        long id = directory.cadreIdByStaffNumber(org.prefix + "EN").orElseThrow();

        assertThat(mvc.get().uri("/api/v1/cadres/" + id).with(as(admin)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.details.nameEn")
                .isEqualTo("Hu Xiaomei");
        assertThat(mvc.get().uri("/api/v1/cadres?q=胡晓梅&unitId=" + org.office).with(as(admin)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].nameEn")
                .isEqualTo("Hu Xiaomei");
        assertThat(directory.cadre(id).orElseThrow().nameIn(java.util.Locale.ENGLISH))
                .isEqualTo("Hu Xiaomei");
    }

    @Test
    void invalidInputIsAProblemDetailListingEachField() {
        String body = """
                {"staffNumber": "bad number!", "name": "", "email": "nope"}
                """;
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo(400);
                    assertThat(json)
                            .extractingPath("$.errors[*].field")
                            .asArray()
                            .contains("staffNumber", "name", "email", "unitId");
                });
    }

    @Test
    void aBodyThatCannotBeReadIsExplainedAndAValueOfTheWrongKindNamesItsField() {
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("JSON");
        String body = """
                {"staffNumber": "%sG1", "name": "李明", "unitId": %d, "gender": "UNKNOWN"}
                """.formatted(org.prefix, org.office);
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("gender");
    }

    @Test
    void aTakenStaffNumberIsAConflict() {
        String body = """
                {"staffNumber": "%s002", "name": "白晶", "unitId": %d}
                """.formatted(org.prefix, org.office);
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("staffNumber");
    }

    @Test
    void aUnitLiaisonIsRefusedOutsideTheirSubtree() {
        CurrentUser liaison = TestPrincipal.liaison(org.department);
        assertThat(mvc.get().uri("/api/v1/cadres/{id}", outsider).with(as(liaison)))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/cadres/{id}", baiJing).with(as(liaison)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/cadres?q=白").with(as(liaison)))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(1);
        assertThat(mvc.post()
                        .uri("/api/v1/units")
                        .with(as(liaison))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"X1\", \"nameZh\": \"x\", \"kind\": \"DEPARTMENT\"}"))
                .hasStatus(403);
    }

    @Test
    void aCadreMayReadOnlyTheirOwnRecord() {
        CurrentUser cadre = TestPrincipal.cadre(baiJing);
        assertThat(mvc.get().uri("/api/v1/cadres/{id}", baiJing).with(as(cadre)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/cadres/{id}", outsider).with(as(cadre)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/cadres").with(as(cadre))).hasStatus(403);
    }

    @Test
    void anUnknownCadreIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/cadres/{id}", Long.MAX_VALUE).with(as(admin)))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        assertThat(mvc.get().uri("/api/v1/cadres")).hasStatus(401);
    }

    @Test
    void unitsCanBeListedCreatedAndMoved() {
        assertThat(mvc.get().uri("/api/v1/units?q={q}", org.prefix + "CO").with(as(admin)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].depth")
                .isEqualTo(3);
        String body = """
                {"code": "%sNEWU", "nameZh": "宣传部", "nameEn": "Publicity Department", "kind": "DEPARTMENT",
                 "parentId": %d}
                """.formatted(org.prefix, org.committee);
        assertThat(mvc.post()
                        .uri("/api/v1/units")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.path")
                .asString()
                .startsWith("/" + org.root + "/" + org.committee + "/");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        assertThat(mvc.get().uri("/v3/api-docs").with(user("api-reader")))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/cadres")
                .contains("/api/v1/units/{id}");
    }
}
