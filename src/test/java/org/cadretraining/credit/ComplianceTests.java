package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@AccountWebTest
class ComplianceTests extends CreditWorldTest {

    @Autowired
    Compliance compliance;

    @Autowired
    CadreProgress progress;

    @Autowired
    CreditStanding standing;

    @Autowired
    Requirements requirements;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void countyLevelCountsTheLastFiveCalendarYearsIncludingTheCurrentOne() {
        long cadre = world.cadre("县处级干部", world.schoolA, "COUNTY");
        world.earn(cadre, LocalDate.of(year - 5, 12, 31), CreditCategory.FULL_TIME, "200");
        world.earn(cadre, LocalDate.of(year - 4, 1, 1), CreditCategory.FULL_TIME, "300");
        world.earn(cadre, LocalDate.of(year, 2, 1), CreditCategory.FULL_TIME, "200");
        world.earn(cadre, LocalDate.of(year, 2, 2), CreditCategory.ONLINE, "50");

        assertThat(progress.of(cadre))
                .containsExactly(
                        // two days of training (the entry of year - 5 is outside the window): short both ways
                        new Progress(
                                CreditCategory.FULL_TIME,
                                year - 4,
                                year,
                                hours("550"),
                                hours("500"),
                                CreditHours.ZERO,
                                90,
                                2,
                                MetBy.NOT_YET,
                                null,
                                hours("550")),
                        new Progress(CreditCategory.ONLINE, year, year, hours("50"), hours("50")));
        assertThat(progress.of(cadre).getFirst().shortfall()).isEqualTo(hours("50"));
        assertThat(progress.of(cadre).getFirst().percent()).isEqualTo(90);
    }

    @Test
    void sectionLevelAndCadresWithoutARankCountOnlyTheCurrentYear() {
        long section = world.cadre("乡科级干部", world.schoolA, "SECTION");
        long unranked = world.cadre("未定级干部", world.schoolA, null);
        world.earn(section, LocalDate.of(year - 1, 12, 31), CreditCategory.FULL_TIME, "90");
        world.earn(section, LocalDate.of(year, 1, 1), CreditCategory.FULL_TIME, "88.5");
        world.earn(unranked, LocalDate.of(year, 1, 1), CreditCategory.FULL_TIME, "90");

        assertThat(progress.of(section).getFirst())
                .isEqualTo(new Progress(
                        CreditCategory.FULL_TIME,
                        year,
                        year,
                        hours("90"),
                        hours("88.5"),
                        CreditHours.ZERO,
                        12,
                        1,
                        MetBy.NOT_YET,
                        null,
                        hours("90")));
        assertThat(progress.of(unranked).getFirst().met()).isTrue();
    }

    @Test
    void theListShowsOnlyCadresBelowARequirementWithTheirShortfallLargestFirst() {
        long met = world.cadre("达标者", world.schoolA, "SECTION");
        world.earn(met, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "90");
        world.earn(met, LocalDate.of(year, 3, 1), CreditCategory.ONLINE, "50");
        long shortOfOnline = world.cadre("网络学时不足", world.departmentOfA, "SECTION");
        world.earn(shortOfOnline, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "100");
        world.earn(shortOfOnline, LocalDate.of(year, 3, 1), CreditCategory.ONLINE, "49.75");
        long county = world.cadre("县处级干部", world.schoolB, "COUNTY");
        world.earn(county, LocalDate.of(year - 2, 3, 1), CreditCategory.FULL_TIME, "500");
        world.earn(county, LocalDate.of(year, 3, 1), CreditCategory.ONLINE, "50");
        long nothing = world.cadre("无学时", world.schoolB, "STAFF");

        PageOf<ComplianceRow> all =
                compliance.shortfalls(world.committee, null, ComplianceSort.FULL_TIME_SHORTFALL, 0, world.organiser);

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(ComplianceRow::cadreId).containsExactly(nothing, county, shortOfOnline);
        ComplianceRow countyRow = all.items().get(1);
        assertThat(countyRow.fullTimeRequired()).isEqualTo(hours("550"));
        assertThat(countyRow.fullTimeEarned()).isEqualTo(hours("500"));
        assertThat(countyRow.fullTimeShortfall()).isEqualTo(hours("50"));
        assertThat(all.items().get(2).onlineShortfall()).isEqualTo(hours("0.25"));
        assertThat(compliance
                        .shortfalls(world.committee, CreditCategory.ONLINE, ComplianceSort.NAME, 0, world.organiser)
                        .items())
                .extracting(ComplianceRow::cadreId)
                .containsExactly(nothing, shortOfOnline);
        assertThat(compliance
                        .shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, world.organiser)
                        .items())
                .extracting(ComplianceRow::cadreId)
                .containsExactly(shortOfOnline);
    }

    @Test
    void aCorrectionChangesTheShortfall() {
        long cadre = world.cadre("更正对象", world.schoolA, "SECTION");
        world.earn(cadre, LocalDate.of(year, 3, 1), CreditCategory.ONLINE, "50");
        long entry = world.earn(cadre, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "90");
        assertThat(compliance
                        .shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, world.organiser)
                        .total())
                .isZero();

        ledger.correct(entry, hours("60"), "部分课程未参加", world.organiser);

        assertThat(compliance
                        .shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, world.organiser)
                        .items())
                .singleElement()
                .extracting(ComplianceRow::fullTimeShortfall)
                .isEqualTo(hours("30"));
    }

    @Test
    void aLiaisonSeesTheirSubtreeAndIsRefusedAnyOtherUnit() {
        long inA = world.cadre("甲", world.departmentOfA, "SECTION");
        world.cadre("乙", world.schoolB, "SECTION");

        assertThat(compliance
                        .shortfalls(null, null, ComplianceSort.NAME, 0, world.liaisonA)
                        .items())
                .extracting(ComplianceRow::cadreId)
                .containsExactly(inA);
        assertThat(compliance
                        .shortfalls(world.departmentOfA, null, ComplianceSort.NAME, 0, world.liaisonA)
                        .total())
                .isEqualTo(1);
        for (long elsewhere : List.of(world.schoolB, world.committee)) {
            assertThatThrownBy(() -> compliance.shortfalls(elsewhere, null, ComplianceSort.NAME, 0, world.liaisonA))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("problem.forbidden");
        }
    }

    @Test
    void cadresAndOtherStaffAreRefusedTheComplianceList() {
        long cadre = world.cadre("丙", world.schoolA, "SECTION");
        for (var user : List.of(TestPrincipal.cadre(cadre), TestPrincipal.cadre())) {
            assertThatThrownBy(() -> compliance.shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, user))
                    .hasMessage("problem.forbidden");
            assertThatThrownBy(() -> compliance.shortfalls(null, null, ComplianceSort.NAME, 0, user))
                    .hasMessage("problem.forbidden");
        }
    }

    @Test
    void theStandingKeptWithEveryWriteEqualsOneRebuiltFromTheYearlyTotals() {
        long county = world.cadre("县处级", world.schoolA, "COUNTY");
        long section = world.cadre("乡科级", world.schoolB, "SECTION");
        compliance.shortfalls(world.committee, null, ComplianceSort.NAME, 0, world.organiser);
        world.earn(county, LocalDate.of(year - 6, 1, 1), CreditCategory.FULL_TIME, "100");
        long corrected = world.earn(county, LocalDate.of(year - 2, 1, 1), CreditCategory.FULL_TIME, "100");
        ledger.correct(corrected, hours("80.5"), "更正", world.organiser);
        world.earn(county, LocalDate.of(year, 1, 1), CreditCategory.ONLINE, "7.25");
        world.earn(section, LocalDate.of(year - 1, 1, 1), CreditCategory.FULL_TIME, "90");
        world.earn(section, LocalDate.of(year, 1, 1), CreditCategory.FULL_TIME, "12");
        List<Map<String, Object>> kept = standingOf(county, section);

        transactions.executeWithoutResult(status -> standing.rebuild());

        assertThat(standingOf(county, section)).isEqualTo(kept);
        assertThat(kept.getFirst()).containsEntry("ft_county", new BigDecimal("80.50"));
        assertThat(kept.getLast()).containsEntry("ft_section", new BigDecimal("12.00"));
    }

    @Test
    void aLongerPeriodForSectionLevelCountsLastYearToo() {
        long section = world.cadre("乡科级", world.schoolA, "SECTION");
        world.earn(section, LocalDate.of(year - 1, 6, 1), CreditCategory.FULL_TIME, "60");
        world.earn(section, LocalDate.of(year, 6, 1), CreditCategory.FULL_TIME, "30");
        world.earn(section, LocalDate.of(year, 6, 1), CreditCategory.ONLINE, "50");
        assertThat(compliance
                        .shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, world.organiser)
                        .total())
                .isEqualTo(1);
        List<Requirement> before = requirements.all();
        try {
            requirements.save(
                    List.of(new Requirement(Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME, hours("90"), 2)),
                    world.administrator);

            assertThat(compliance
                            .shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, world.organiser)
                            .total())
                    .isZero();
            assertThat(progress.of(section).getFirst().firstYear()).isEqualTo(year - 1);
        } finally {
            requirements.save(before, world.administrator);
        }
    }

    private List<Map<String, Object>> standingOf(long... cadres) {
        return java.util.Arrays.stream(cadres)
                .mapToObj(id -> jdbc.sql("select ft_county, ft_section, online_county, online_section"
                                + " from credit_standing where cadre_id = ?")
                        .param(id)
                        .query()
                        .singleRow())
                .toList();
    }

    private static CreditHours hours(String value) {
        return CreditHours.of(value);
    }
}
