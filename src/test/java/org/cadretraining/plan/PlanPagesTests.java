package org.cadretraining.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.plan.PlanLifecycleTests.item;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class PlanPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AnnualPlans plans;

    final CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void theOrganiserSeesThePlanWithItsFormsAndTheLiaisonSeesItsPlacesWithoutThem() {
        plans.add(item(2041, "基层党支部书记专题培训班", List.of("SECTION"), 5, 5, "30"), null, organiser);
        String page = ApiCalls.body(
                mvc.get().uri("/plan?year=2041").with(as(organiser)).exchange());
        assertThat(page).contains("2041年度培训计划", "基层党支部书记专题培训班", "plan-item-form", "plan-coverage", "报党委审批");

        CurrentUser liaison = TestPrincipal.liaison(1L);
        MvcTestResult seen = mvc.get().uri("/plan?year=2041").with(as(liaison)).exchange();
        assertThat(seen).hasStatusOk();
        assertThat(ApiCalls.body(seen)).contains("本单位名额", "基层党支部书记专题培训班").doesNotContain("plan-item-form");
        assertThat(mvc.post()
                        .uri("/plan/2041/items")
                        .with(as(liaison))
                        .with(csrf())
                        .param("titleZh", "x")
                        .param("placesPerUnit", "1")
                        .param("firstMonth", "1")
                        .param("lastMonth", "1")
                        .param("budget", "1")
                        .param("plannedHours", "6"))
                .hasStatus(403);
        assertThat(mvc.post().uri("/plan/2041/submit").with(as(liaison)).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.put()
                        .uri("/api/v1/plans/courses/1/cost")
                        .with(as(liaison))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actualCost\": 1}"))
                .hasStatus(403);
    }

    @Test
    void cadresSeeNothingOfThePlanOnThePageOrThroughTheApi() {
        CurrentUser cadre = TestPrincipal.cadre();
        assertThat(mvc.get().uri("/plan").with(as(cadre))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/plans/2041").with(as(cadre))).hasStatus(403);
        assertThat(ApiCalls.postJson(mvc, "/api/v1/plans/2041/items", """
                        {"titleZh": "专题班", "placesPerUnit": 2, "firstMonth": 3, "lastMonth": 3, "budget": 10,
                         "plannedHours": 6}
                        """, cadre))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/plan")
                        .with(as(TestPrincipal.user(
                                java.util.Set.of(org.cadretraining.shared.Role.LECTURER), null, null))))
                .hasStatus(403);
    }

    @Test
    void badInputIsExplainedNextToEachFieldInTheUsersLanguageAndKept() {
        MvcTestResult refused = mvc.post()
                .uri("/plan/2042/items")
                .with(as(organiser))
                .with(csrf())
                .param("titleZh", "")
                .param("titleEn", "Young cadres")
                .param("placesPerUnit", "3")
                .param("firstMonth", "9")
                .param("lastMonth", "4")
                .param("budget", "12.345")
                .param("plannedHours", "abc")
                .param("trainingForm", "FULL_TIME")
                .param("serves", "FULL_TIME")
                .exchange();
        assertThat(refused).hasStatus(400);
        String page = ApiCalls.body(refused);
        assertThat(page)
                .contains("请填写中文名称。")
                .contains("结束月份不能早于开始月份。")
                .contains("预算须为 0 至 999999999.99 元之间的金额，最多两位小数。")
                .contains("计划学时须为数字")
                .contains("value=\"Young cadres\"")
                .contains("value=\"12.345\"");
        assertThat(plans.items(2042, organiser)).isEmpty();

        MvcTestResult english = mvc.post()
                .uri("/plan/2042/items")
                .with(as(organiser))
                .with(csrf())
                .param("lang", "en")
                .param("titleZh", "青年干部")
                .param("placesPerUnit", "-1")
                .param("firstMonth", "13")
                .param("lastMonth", "12")
                .param("budget", "100")
                .param("plannedHours", "6.1")
                .exchange();
        assertThat(english).hasStatus(400);
        assertThat(ApiCalls.body(english))
                .contains("The planned credit hours must be more than 0 and less than 1000, in steps of 0.25")
                .contains("Places per unit")
                .contains("First month");
    }

    @Test
    void theApiRefusesBadBytesAndBadYearsWithProblemDetailsNeverAServerError() {
        assertThat(ApiCalls.postJson(mvc, "/api/v1/plans/2043/items", "{\"titleZh\": ", organiser))
                .hasStatus(400);
        MvcTestResult missing = ApiCalls.postJson(mvc, "/api/v1/plans/2043/items", """
                {"titleZh": "", "placesPerUnit": 2, "firstMonth": 3, "lastMonth": 3, "budget": 10, "plannedHours": 6}
                """, organiser);
        assertThat(missing).hasStatus(400);
        assertThat(ApiCalls.body(missing)).contains("titleZh");
        MvcTestResult badHours = ApiCalls.postJson(mvc, "/api/v1/plans/2043/items", """
                {"titleZh": "专题班", "placesPerUnit": 2, "firstMonth": 3, "lastMonth": 3, "budget": 10,
                 "plannedHours": 0.1}
                """, organiser);
        assertThat(badHours).hasStatus(400);
        assertThat(ApiCalls.body(badHours)).contains("plannedHours");
        assertThat(mvc.get().uri("/api/v1/plans/1700").with(as(organiser))).hasStatus(400);
        assertThat(mvc.get().uri("/plan?year=abc").with(as(organiser))).hasStatus(400);
        MvcTestResult added = ApiCalls.postJson(mvc, "/api/v1/plans/2043/items", """
                {"titleZh": "专题班", "rankCodes": ["SECTION"], "placesPerUnit": 2, "firstMonth": 3, "lastMonth": 4,
                 "budget": 10.5, "trainingForm": "ONLINE", "serves": "ONLINE", "plannedHours": 6.5}
                """, organiser);
        assertThat(added).hasStatus(201);
        assertThat(plans.items(2043, organiser)).singleElement().satisfies(i -> {
            assertThat(i.serves().name()).isEqualTo("ONLINE");
            assertThat(i.plannedHours().value()).isEqualByComparingTo("6.5");
        });
    }

    @Test
    void thePlanApiIsDescribedInTheOpenApiDocument() {
        assertThat(ApiCalls.body(
                        mvc.get().uri("/v3/api-docs").with(as(organiser)).exchange()))
                .contains("/api/v1/plans/{year}")
                .contains("/api/v1/plans/{year}/approve")
                .contains("/api/v1/plans/items/{id}/courses")
                .contains("Annual training plan");
    }

    @Test
    void theApprovalFormExplainsAMissingBodyAndACourseOutsideThePlannedMonthsIsRefusedOnThePage() {
        PlanItem branch = plans.add(item(2044, "党支部书记培训班", List.of(), 11, 11, "30"), null, organiser);
        plans.submit(2044, organiser);
        MvcTestResult noBody = mvc.post()
                .uri("/plan/2044/approve")
                .with(as(organiser))
                .with(csrf())
                .param("approvingBody", "")
                .param("approvedOn", "2026-11-20")
                .exchange();
        assertThat(noBody).hasStatus(400);
        assertThat(ApiCalls.body(noBody)).contains("请填写批准机关");
        assertThat(mvc.post()
                        .uri("/plan/2044/approve")
                        .with(as(organiser))
                        .with(csrf())
                        .param("approvingBody", "中共某省直机关工委")
                        .param("approvedOn", "2026-11-20"))
                .hasStatus(302);
        assertThat(plans.plan(2044, organiser).orElseThrow().approvedOn()).isEqualTo(LocalDate.of(2026, 11, 20));

        MvcTestResult outside = mvc.post()
                .uri("/plan/items/" + branch.id() + "/courses")
                .with(as(organiser))
                .with(csrf())
                .param("startsOn", "2044-10-30")
                .param("endsOn", "2044-11-02")
                .param("organiserUnitId", "1")
                .param("capacity", "60")
                .exchange();
        assertThat(outside).hasStatus(400);
        assertThat(ApiCalls.body(outside))
                .contains("培训班日期须在计划月份内：2044-11-01 至 2044-11-30。")
                .contains("value=\"2044-10-30\"");
        String itemPage = ApiCalls.body(
                mvc.get().uri("/plan/items/" + branch.id()).with(as(organiser)).exchange());
        assertThat(itemPage).contains("value=\"2044-11-01\"", "value=\"2044-11-05\"", "调整理由");
    }
}
