package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.ComplianceFigures;
import org.cadretraining.credit.ComplianceFigures.RequirementRate;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics judge compliance by the credit module's rules, so they agree with the compliance page: a
 * section-level cadre with twelve days of full-time training (36 学时, short of 90) meets the yearly requirement by
 * days in both, this year (the judgement kept on the cadre's row) and a past year (judged from the yearly totals).
 */
@AccountWebTest
class StatisticsComplianceTests {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    ComplianceFigures compliance;

    @Autowired
    StatisticsFigures statistics;

    @Autowired
    StatisticsLists lists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCadreWhoMetTheYearByDaysCountsAsMetInTheStatisticsAsOnTheCompliancePage() {
        String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
        long unit = directory.registerUnit(
                new UnitDetails(prefix + "U", new LocalizedText("按天数单位", "By days"), UnitKind.DEPARTMENT, null, true));
        long byDays = cadre(prefix + "1", "按天数", unit);
        long shortOfBoth = cadre(prefix + "2", "两者皆缺", unit);
        int year = Year.now(clock).getValue();
        for (int y : List.of(year, year - 1)) {
            for (int day = 1; day <= 12; day++) {
                earn(byDays, LocalDate.of(y, 3, day), prefix);
            }
            earn(shortOfBoth, LocalDate.of(y, 4, 1), prefix);
        }
        CurrentUser liaison = TestPrincipal.liaison(unit);
        RequirementRate fullTime = compliance.rates(liaison).stream()
                .filter(r -> r.category() == CreditCategory.FULL_TIME)
                .findFirst()
                .orElseThrow();
        assertThat(fullTime.cadres()).isEqualTo(2);
        assertThat(fullTime.met()).isEqualTo(1);

        String path = jdbc.sql("select path from unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
        for (int y : List.of(year, year - 1)) {
            Figures figures = statistics.of(path, Period.ofYear(y));
            Figures.TierCompliance section = figures.compliance().stream()
                    .filter(t -> t.tier().equals("SECTION_AND_BELOW"))
                    .findFirst()
                    .orElseThrow();
            assertThat(section.cadres()).as("cadres in %d", y).isEqualTo(2);
            assertThat(section.fullTimeMet()).as("met by days in %d", y).isEqualTo(1);
            // and the drill-down lists the cadre who met it by days
            assertThat(lists.cadres(
                                    path,
                                    Period.ofYear(y),
                                    new CadreFilter(null, null, null, null, "FULL_TIME", true, null),
                                    "name",
                                    0)
                            .rows())
                    .extracting(CadreRow::id)
                    .containsExactly(byDays);
        }
    }

    private long cadre(String staffNumber, String name, long unit) {
        return directory.registerCadre(new CadreDetails(
                staffNumber, name, Gender.FEMALE, unit, "干部", "Cadre", "SECTION", "", "", "", "", true));
    }

    private void earn(long cadre, LocalDate day, String prefix) {
        ledger.record(List.of(new NewCreditEntry(
                cadre,
                day,
                CreditCategory.FULL_TIME,
                CreditSource.COURSE,
                null,
                "test:" + prefix + cadre + ":" + day,
                CreditHours.of("3"),
                new LocalizedText("专题讲座", "Lecture"),
                "test")));
    }
}
