package org.cadretraining.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.plan.PlanLifecycleTests.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Planned against held with real courses of the seed (real-courses.yaml): Guizhou University's programme for newly
 * appointed officials (2024-08-10 to 16) and the concentrated study of the Third Plenum (2024-11-14 to 15), created
 * from the items of an approved 2024 plan; and the coverage of each rank's requirement by that plan.
 */
@AccountWebTest
class PlannedAgainstHeldTests {

    @Autowired
    AnnualPlans plans;

    @Autowired
    PlanCourses planCourses;

    @Autowired
    PlanFigures figures;

    @Autowired
    PlanCoverage coverage;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    final CurrentUser organiser = TestPrincipal.organiser();
    final String prefix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void coursesCreatedFromApprovedItemsAreCountedWithTheirTraineesAgendaHoursAndCost() throws Exception {
        long university = directory.registerUnit(new UnitDetails(
                prefix + "GZU",
                new LocalizedText("贵州大学" + prefix, "Guizhou University"),
                UnitKind.DEPARTMENT,
                null,
                true));
        PlanItem newlyAppointed = plans.add(item(2024, "新任职干部培训", List.of("SECTION"), 8, 8, "36"), null, organiser);
        PlanItem plenum = plans.add(item(2024, "学习贯彻党的二十届三中全会精神集中培训", List.of(), 11, 11, "12"), null, organiser);
        PlanItem notHeld = plans.add(item(2024, "乡村振兴专题班", List.of("SECTION"), 6, 6, "18"), null, organiser);

        // not before the committee has approved the plan
        assertThatThrownBy(() -> planCourses.create(
                        newlyAppointed.id(),
                        new PlanCourses.NewCourse(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 16), university, 80),
                        organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("plan.course.notApproved"));
        plans.submit(2024, organiser);
        plans.approve(2024, "中共贵州大学委员会", LocalDate.of(2024, 1, 15), organiser);

        // not outside the planned month
        assertThatThrownBy(() -> planCourses.create(
                        newlyAppointed.id(),
                        new PlanCourses.NewCourse(LocalDate.of(2024, 8, 30), LocalDate.of(2024, 9, 2), university, 80),
                        organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("endsOn");
                    assertThat(refusal.messageKey()).isEqualTo("plan.course.outsideMonths");
                });

        long guizhou = planCourses.create(
                newlyAppointed.id(),
                new PlanCourses.NewCourse(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 16), university, 80),
                organiser);
        long thirdPlenum = planCourses.create(
                plenum.id(),
                new PlanCourses.NewCourse(LocalDate.of(2024, 11, 14), LocalDate.of(2024, 11, 15), university, 140),
                organiser);

        // the course is prefilled from the item: title, audience, 学时, training form
        CourseCatalog.CourseSummary created = catalog.course(guizhou).orElseThrow();
        assertThat(created.title().zh()).isEqualTo("新任职干部培训");
        assertThat(created.audience().rankCodes()).containsExactly("SECTION");
        assertThat(created.requiredHours()).isEqualTo(CreditHours.of("36"));
        assertThat(created.capacity()).isEqualTo(80);

        CreditHours guizhouHours =
                agenda(guizhou, "2024-08-10", "开班仪式暨专题讲座").plus(agenda(guizhou, "2024-08-12", "高校治理能力现代化"));
        CreditHours plenumHours = agenda(thirdPlenum, "2024-11-14", "全会精神辅导报告");
        for (int i = 0; i < 3; i++) {
            enrolments.enrol(guizhou, cadre(university, "G" + i), CourseRole.PARTICIPANT);
        }
        for (int i = 0; i < 2; i++) {
            enrolments.enrol(thirdPlenum, cadre(university, "P" + i), CourseRole.PARTICIPANT);
        }
        planCourses.recordCost(guizhou, new BigDecimal("61250.50"), organiser);

        PlanFigures.Figures shown = figures.of(2024, organiser);
        PlanFigures.ItemFigures guizhouRow = row(shown, newlyAppointed.id());
        assertThat(guizhouRow.courses()).isEqualTo(1);
        assertThat(guizhouRow.placesFilled()).isEqualTo(3);
        assertThat(guizhouRow.hoursDelivered()).isEqualTo(guizhouHours);
        assertThat(guizhouRow.spent()).isEqualByComparingTo("61250.50");
        assertThat(row(shown, plenum.id()).placesFilled()).isEqualTo(2);
        assertThat(row(shown, plenum.id()).hoursDelivered()).isEqualTo(plenumHours);
        assertThat(row(shown, notHeld.id()).courses()).isZero();

        PlanFigures.Totals totals = shown.totals();
        assertThat(totals.plannedCourses()).isEqualTo(3);
        assertThat(totals.heldCourses()).isEqualTo(2);
        assertThat(totals.placesFilled()).isEqualTo(5);
        assertThat(totals.plannedHours()).isEqualTo(CreditHours.of("66"));
        assertThat(totals.hoursDelivered()).isEqualTo(guizhouHours.plus(plenumHours));
        assertThat(totals.budget()).isEqualByComparingTo("240000.00");
        assertThat(totals.spent()).isEqualByComparingTo("61250.50");
        assertThat(guizhouHours.isZero()).isFalse();

        // the course keeps its link: its page leads the organiser to the plan item
        assertThat(ApiCalls.body(mvc.get()
                        .uri("/courses/" + guizhou)
                        .with(TestPrincipal.as(organiser))
                        .exchange()))
                .contains("/plan/items/" + newlyAppointed.id());
        // the same figures through the API
        JsonNode api = json.readTree(ApiCalls.body(mvc.get()
                .uri("/api/v1/plans/2024")
                .with(TestPrincipal.as(organiser))
                .exchange()));
        assertThat(api.path("figures").path("totals").path("heldCourses").asInt())
                .isEqualTo(2);
        assertThat(api.path("plan").path("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void coverageSaysForEachRankWhetherThePlannedHoursReachTheYearsShareOfItsRequirement() {
        int year = 2035;
        plans.add(item(year, "科级干部进修班", List.of("SECTION", "STAFF"), 3, 3, "60"), null, organiser);
        plans.add(item(year, "处级干部任职培训", List.of("COUNTY"), 4, 5, "96"), null, organiser);
        plans.add(item(year, "全体干部专题报告", List.of(), 6, 6, "18"), null, organiser);

        List<PlanCoverage.Row> rows = coverage.of(year, organiser);
        PlanCoverage.Row section = find(rows, "SECTION", "FULL_TIME");
        assertThat(section.requirementHours()).isEqualTo(CreditHours.of("90"));
        assertThat(section.neededThisYear()).isEqualByComparingTo("90");
        assertThat(section.planned()).isEqualTo(CreditHours.of("78"));
        assertThat(section.covered()).isFalse();
        assertThat(section.shortfall()).isEqualByComparingTo("12");

        // 550 in five years: 110 due this year; 96 + 18 planned
        PlanCoverage.Row county = find(rows, "COUNTY", "FULL_TIME");
        assertThat(county.neededThisYear()).isEqualByComparingTo("110");
        assertThat(county.planned()).isEqualTo(CreditHours.of("114"));
        assertThat(county.covered()).isTrue();
        // a bureau-level cadre is only in the item for everyone
        assertThat(find(rows, "BUREAU", "FULL_TIME").planned()).isEqualTo(CreditHours.of("18"));
        // nothing planned serves the online requirement
        assertThat(find(rows, "SECTION", "ONLINE").planned()).isEqualTo(CreditHours.ZERO);
        assertThat(find(rows, "SECTION", "ONLINE").covered()).isFalse();

        plans.add(item(year, "科级干部专题研讨班", List.of("SECTION"), 9, 9, "12"), null, organiser);
        assertThat(find(coverage.of(year, organiser), "SECTION", "FULL_TIME").covered())
                .isTrue();
        assertThat(find(coverage.of(year, organiser), "STAFF", "FULL_TIME").covered())
                .isFalse();
    }

    @Test
    void coverageReadsTheRequirementFromTheCreditModuleNotACopy() {
        int year = 2036;
        plans.add(item(year, "科级干部进修班", List.of("SECTION"), 3, 3, "90"), null, organiser);
        assertThat(find(coverage.of(year, organiser), "SECTION", "FULL_TIME").covered())
                .isTrue();
        BigDecimal before = jdbc.sql("select hours from credit_requirement"
                        + " where tier = 'SECTION_AND_BELOW' and category = 'FULL_TIME'")
                .query(BigDecimal.class)
                .single();
        try {
            setSectionRequirement(new BigDecimal("96"));
            PlanCoverage.Row raised = find(coverage.of(year, organiser), "SECTION", "FULL_TIME");
            assertThat(raised.neededThisYear()).isEqualByComparingTo("96");
            assertThat(raised.covered()).isFalse();
        } finally {
            setSectionRequirement(before);
        }
    }

    private void setSectionRequirement(BigDecimal hours) {
        jdbc.sql("update credit_requirement set hours = :hours"
                        + " where tier = 'SECTION_AND_BELOW' and category = 'FULL_TIME'")
                .param("hours", hours)
                .update();
    }

    private CreditHours agenda(long course, String day, String title) throws Exception {
        String created = ApiCalls.body(
                ApiCalls.postJson(mvc, "/api/v1/courses/" + course + "/agenda", """
                {"type": "LECTURE", "day": "%s", "startsAt": "09:00", "endsAt": "11:30",
                 "speakerKind": "TEXT", "speakerText": "专家", "titleZh": "%s", "titleEn": "", "mandatory": true}
                """.formatted(day, title), organiser));
        return CreditHours.of(json.readTree(created).path("creditHours").asString());
    }

    private long cadre(long unit, String number) {
        return directory.registerCadre(new CadreDetails(
                prefix + number,
                "学员" + prefix + number,
                Gender.MALE,
                unit,
                "科长",
                "Section chief",
                "SECTION",
                "",
                "",
                "",
                "",
                true));
    }

    private static PlanFigures.ItemFigures row(PlanFigures.Figures figures, long itemId) {
        return figures.items().stream()
                .filter(row -> row.item().id() == itemId)
                .findFirst()
                .orElseThrow();
    }

    private static PlanCoverage.Row find(List<PlanCoverage.Row> rows, String rank, String category) {
        return rows.stream()
                .filter(r -> r.rankCode().equals(rank) && r.category().name().equals(category))
                .findFirst()
                .orElseThrow();
    }
}
