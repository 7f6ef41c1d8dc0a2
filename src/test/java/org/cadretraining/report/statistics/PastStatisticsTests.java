package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.credit.PastJudgementsAccess;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Last year's figures from the kept past judgements ({@link StatisticsFigures#fromUnitTotals}, what {@link
 * StatisticsFigures#of} reads for a large scope) equal those judged cadre by cadre for every scope: while the cadres
 * the writes touched are marked and judged live, and after the marks are folded; after a ledger entry of last year,
 * a move, a rank change to the county tier, a cadre leaving and a new one; and when the requirements change, which
 * puts the kept years out of use until they are judged again by the new rules.
 */
@AccountWebTest
class PastStatisticsTests {

    @Autowired
    StatisticsFigures statistics;

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

    @Autowired
    ApplicationContext context;

    @Test
    void lastYearsFiguresFromTheKeptJudgementsEqualThoseJudgedCadreByCadre() {
        int year = Year.now(clock).getValue();
        StatisticsWorld world = new StatisticsWorld(directory, jdbc, ledger, year);
        Period lastYear = Period.ofYear(year - 1);
        String university = path(world.university);
        List<String> scopes =
                List.of("", university, path(world.computing), path(world.mathematics), path(world.otherInstitution));
        PastJudgementsAccess.keepUp(context);
        // the five years before this one are kept; earlier ones are judged cadre by cadre
        assertThat(facts.kept(university, lastYear)).isPresent();
        assertThat(facts.kept(university, Period.ofYear(year - 5))).isPresent();
        assertThat(facts.kept(university, Period.ofYear(year - 6))).isEmpty();
        assertKeptEqualsJudged(scopes, lastYear);
        long metBefore =
                statistics.fromUnitTotals(university, lastYear).cadres().allMet();

        // 赵敏 earns last year what meets both requirements; 陈广华 moves; 李芳 becomes county level; 彭榕 leaves
        ledger.record(List.of(
                entry(world, world.zhaoMin, LocalDate.of(year - 1, 9, 1), CreditCategory.FULL_TIME, "120", "ft"),
                entry(world, world.zhaoMin, LocalDate.of(year - 1, 9, 1), CreditCategory.ONLINE, "60", "on")));
        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.computing, world.chenGuanghua)
                .update();
        jdbc.sql("update cadre set rank_code = 'COUNTY' where id = ?")
                .param(world.liFang)
                .update();
        jdbc.sql("update cadre set active = false where id = ?")
                .param(world.pengRong)
                .update();
        // judged live while marked
        assertKeptEqualsJudged(scopes, lastYear);
        assertThat(marks()).isPositive();
        assertThat(statistics.fromUnitTotals(university, lastYear).cadres().allMet())
                .isEqualTo(metBefore + 1);
        PastJudgementsAccess.keepUp(context);
        assertThat(marks()).isZero();
        assertKeptEqualsJudged(scopes, lastYear);
        assertThat(statistics.fromUnitTotals(university, lastYear).cadres().allMet())
                .isEqualTo(metBefore + 1);

        BigDecimal sectionHours = jdbc.sql("select hours from credit_requirement"
                        + " where tier = 'SECTION_AND_BELOW' and category = 'FULL_TIME'")
                .query(BigDecimal.class)
                .single();
        try {
            setSectionRequirement(new BigDecimal("500"));
            // judged by other rules: not used until judged again
            assertThat(facts.kept(university, lastYear)).isEmpty();
            assertThat(statistics.of(university, lastYear)).isEqualTo(statistics.cadreByCadre(university, lastYear));
            PastJudgementsAccess.keepUp(context);
            assertThat(facts.kept(university, lastYear)).isPresent();
            assertKeptEqualsJudged(scopes, lastYear);
        } finally {
            setSectionRequirement(sectionHours);
        }
    }

    @Test
    void aRangeOfDaysFromTheKeptCountsAndItsEntriesEqualsItCountedCadreByCadre() {
        int year = Year.now(clock).getValue();
        StatisticsWorld world = new StatisticsWorld(directory, jdbc, ledger, year);
        String university = path(world.university);
        List<String> scopes =
                List.of("", university, path(world.computing), path(world.mathematics), path(world.otherInstitution));
        PastJudgementsAccess.keepUp(context);
        // the five-day course of this year inside the range, and last year's online course: every figure counts
        List<Period> ranges = List.of(
                new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)),
                new Period(LocalDate.of(year - 1, 6, 1), LocalDate.of(year - 1, 6, 3)),
                new Period(LocalDate.of(year - 2, 7, 1), LocalDate.of(year - 1, 12, 31)),
                // days before the first whole month and after the last: the course's last day, October's training
                // elsewhere, December's online learning
                new Period(LocalDate.of(year, 5, 25), LocalDate.of(year, 10, 15)),
                new Period(LocalDate.of(year, 5, 22), LocalDate.of(year, 12, 1)));
        for (Period range : ranges) {
            assertThat(facts.kept(university, range)).as("%s", range).isPresent();
            assertKeptEqualsJudged(scopes, range);
        }
        // a range ending before the years kept is judged cadre by cadre
        assertThat(facts.kept(university, new Period(LocalDate.of(year - 7, 1, 1), LocalDate.of(year - 7, 3, 31))))
                .isEmpty();
        CadreTotals firstHalf =
                statistics.fromUnitTotals(university, ranges.get(0)).cadres();
        // the course of May inside it; the training elsewhere and online of September to December not
        assertThat(firstHalf.places()).isEqualTo(4);
        assertThat(firstHalf.externalCadres()).isZero();
        assertThat(firstHalf.onlineLearningCadres()).isZero();
        // 赵敏, trained in neither year, earns 6 学时 elsewhere in March: trained in the range from then on
        ledger.record(
                List.of(entry(world, world.zhaoMin, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "6", "march")));
        assertKeptEqualsJudged(scopes, ranges.get(0));
        CadreTotals after = statistics.fromUnitTotals(university, ranges.get(0)).cadres();
        assertThat(after.trained()).isEqualTo(firstHalf.trained() + 1);
        assertThat(after.externalCadres()).isEqualTo(1);
    }

    @Test
    void writersAndFoldersAtOnceLoseNothing() throws Exception {
        int year = Year.now(clock).getValue();
        StatisticsWorld world = new StatisticsWorld(directory, jdbc, ledger, year);
        String university = path(world.university);
        List<String> scopes =
                List.of("", university, path(world.computing), path(world.mathematics), path(world.otherInstitution));
        PastJudgementsAccess.keepUp(context);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        List<Future<?>> folders = new ArrayList<>();
        try {
            // 40 times each: 刘自富 and 赵敏 earn 3 学时 of last year (marked by the ledger's judgement), while
            // 陈广华 moves between the schools and 李芳 between ranks of both tiers (marked stale for this year)
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    ledger.record(List.of(entry(
                            world,
                            world.liuZifu,
                            LocalDate.of(year - 1, 10, 1),
                            CreditCategory.FULL_TIME,
                            "3",
                            "a" + i)));
                    jdbc.sql("update cadre set unit_id = ? where id = ?")
                            .params(i % 2 == 0 ? world.computing : world.mathematics, world.chenGuanghua)
                            .update();
                }
            }));
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    ledger.record(List.of(entry(
                            world,
                            world.zhaoMin,
                            LocalDate.of(year - 1, 10, 1),
                            CreditCategory.FULL_TIME,
                            "3",
                            "b" + i)));
                    jdbc.sql("update cadre set rank_code = ? where id = ?")
                            .params(i % 2 == 0 ? "COUNTY" : "SECTION", world.liFang)
                            .update();
                }
            }));
            for (int folder = 0; folder < 2; folder++) {
                folders.add(pool.submit(() -> {
                    while (writing.get()) {
                        PastJudgementsAccess.keepUp(context);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        for (Future<?> folder : folders) {
            folder.get(120, TimeUnit.SECONDS);
        }
        assertKeptEqualsJudged(scopes, Period.ofYear(year - 1));
        PastJudgementsAccess.keepUp(context);
        assertThat(marks()).isZero();
        assertKeptEqualsJudged(scopes, Period.ofYear(year - 1));
        // every late entry counted: 40 of 3 学时 for each of the two
        assertThat(statistics
                        .fromUnitTotals(university, Period.ofYear(year - 1))
                        .cadres()
                        .fullTime())
                .isGreaterThanOrEqualTo(new BigDecimal("240"));
    }

    private void assertKeptEqualsJudged(List<String> scopes, Period period) {
        for (String scope : scopes) {
            assertThat(statistics.fromUnitTotals(scope, period))
                    .as("scope '%s'", scope)
                    .isEqualTo(statistics.cadreByCadre(scope, period));
        }
    }

    /** An entry of training elsewhere, earned on {@code day}, with a reference of its own. */
    private static NewCreditEntry entry(
            StatisticsWorld world, long cadre, LocalDate day, CreditCategory category, String hours, String ref) {
        return new NewCreditEntry(
                cadre,
                day,
                category,
                CreditSource.EXTERNAL,
                null,
                "test:" + world.prefix + ref + ":" + cadre,
                CreditHours.of(hours),
                new LocalizedText("补录学时", "Credit hours recorded late"),
                "test");
    }

    private long marks() {
        return jdbc.sql("select count(*) from credit_past_stale")
                .query(Long.class)
                .single();
    }

    private void setSectionRequirement(BigDecimal hours) {
        jdbc.sql("update credit_requirement set hours = :hours"
                        + " where tier = 'SECTION_AND_BELOW' and category = 'FULL_TIME'")
                .param("hours", hours)
                .update();
    }

    private String path(long unit) {
        return jdbc.sql("select path from unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
    }
}
