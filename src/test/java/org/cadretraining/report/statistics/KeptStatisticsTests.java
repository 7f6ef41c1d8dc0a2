package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This year's figures from the units' kept totals ({@link StatisticsFigures#fromUnitTotals}, what {@link
 * StatisticsFigures#of} reads for a large scope) equal those counted cadre by cadre ({@link StatisticsFigures#cadreByCadre}) for every scope, each group equal to the sums of the cadres its
 * drill-down lists, before and after the organisation moves cadres, changes their rank or category, and one leaves.
 * The world is {@link StatisticsWorld}'s two real courses moved to this year and the last.
 */
@AccountWebTest
class KeptStatisticsTests {

    @Autowired
    StatisticsFigures statistics;

    @Autowired
    StatisticsLists lists;

    @Autowired
    StatisticsFacts facts;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void thisYearsFiguresFromTheUnitsTotalsEqualThoseCountedCadreByCadre() {
        int year = Year.now(clock).getValue();
        StatisticsWorld world = new StatisticsWorld(directory, jdbc, ledger, year);
        Period period = Period.ofYear(year);
        String university = path(world.university);
        // the units' totals serve this whole year and, with the 学时 of its entries, a range of days in it (past
        // years: PastStatisticsTests)
        assertThat(facts.kept(university, period)).isPresent();
        assertThat(facts.kept(university, new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))))
                .isPresent();

        CadreTotals cadres = statistics.fromUnitTotals(university, period).cadres();
        // six cadres; trained: three with course 学时, 李霄 with training elsewhere, 李芳 by her place alone
        assertThat(cadres.cadres()).isEqualTo(6);
        assertThat(cadres.trained()).isEqualTo(5);
        assertThat(cadres.places()).isEqualTo(4);
        assertThat(cadres.fullTime()).isEqualByComparingTo("182");
        assertThat(cadres.online()).isEqualByComparingTo("100");
        assertThat(cadres.externalCadres()).isEqualTo(2);
        assertThat(cadres.external()).isEqualByComparingTo("74");
        assertThat(cadres.onlineLearningCadres()).isEqualTo(2);
        assertThat(cadres.allMet()).isEqualTo(1);
        List<String> scopes =
                List.of("", university, path(world.computing), path(world.mathematics), path(world.otherInstitution));
        assertBothWaysEqual(scopes, period);
        assertBothWaysEqual(scopes, Period.ofYear(year - 1));

        // the organisation changes its cadres: the kept totals follow, and the figures still agree
        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.computing, world.liFang)
                .update();
        jdbc.sql("update cadre set rank_code = 'SECTION' where id = ?")
                .param(world.liXiao)
                .update();
        jdbc.sql("update cadre set category = '' where id = ?")
                .param(world.chenGuanghua)
                .update();
        ledger.record(List.of(new NewCreditEntry(
                world.zhaoMin,
                LocalDate.of(year, 2, 1),
                CreditCategory.FULL_TIME,
                CreditSource.EXTERNAL,
                null,
                "test:" + world.prefix + "zhao",
                CreditHours.of("8"),
                new LocalizedText("测试学时", "Test credit hours"),
                "test")));
        jdbc.sql("update cadre set active = false where id = ?")
                .param(world.pengRong)
                .update();
        CadreTotals after = statistics.fromUnitTotals(university, period).cadres();
        assertThat(after.cadres()).isEqualTo(5);
        // 彭榕 left; 赵敏 now trained elsewhere
        assertThat(after.trained()).isEqualTo(5);
        assertThat(after.fullTime())
                .isEqualByComparingTo(
                        new BigDecimal("182").subtract(new BigDecimal("36")).add(BigDecimal.valueOf(8)));
        assertBothWaysEqual(scopes, period);
    }

    private void assertBothWaysEqual(List<String> scopes, Period period) {
        new FiguresAgreement(statistics, lists, clock).assertBothWaysEqual(scopes, period);
    }

    private String path(long unit) {
        return jdbc.sql("select path from unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
    }
}
