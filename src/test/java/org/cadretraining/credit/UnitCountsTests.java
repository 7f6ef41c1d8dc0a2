package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CreditHours;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The units' counts of cadres meeting each requirement stay equal to a recount (every active cadre judged afresh
 * from the yearly totals by {@link StandingQuery}) after every kind of change: ledger writes, bulk writes,
 * corrections, a move to another unit, a rank change and a promotion in the service history, a policy change, and
 * two writers of one unit at once.
 */
@AccountWebTest
class UnitCountsTests extends UnitSumsTest {

    @Autowired
    StandingQuery standingQuery;

    @Autowired
    ComplianceFigures figures;

    @Autowired
    Compliance compliance;

    @Autowired
    CreditPolicies policies;

    @Test
    void ledgerWritesBulkWritesAndCorrectionsMoveTheCountsAsARecountWould() {
        long first = world.cadre("甲", world.schoolA, "SECTION");
        long second = world.cadre("乙", world.schoolA, "SECTION");
        long third = world.cadre("丙", world.departmentOfA, "COUNTY");
        assertThat(unit(world.schoolA)).containsExactly(2, 0, 0, 0);
        assertCountsAreARecount();

        long entry = world.earn(first, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "90");
        assertThat(unit(world.schoolA)).containsExactly(2, 1, 0, 0);
        assertCountsAreARecount();

        bulk.recordAll(List.of(
                entry(second, CreditCategory.FULL_TIME, "95", "b1"),
                entry(second, CreditCategory.ONLINE, "50", "b2"),
                entry(third, CreditCategory.ONLINE, "60", "b3")));
        assertThat(unit(world.schoolA)).containsExactly(2, 2, 1, 1);
        assertThat(countyRow(world.departmentOfA)).containsExactly(1, 0, 1, 0);
        assertCountsAreARecount();

        ledger.correct(entry, CreditHours.of("10"), "只出勤了一部分", world.organiser);
        assertThat(unit(world.schoolA)).containsExactly(2, 1, 1, 1);
        assertCountsAreARecount();
        // the page's count and the figures are the same counts, and equal the rows listed
        assertThat(compliance
                        .shortfalls(world.schoolA, null, ComplianceSort.NAME, 0, world.organiser)
                        .items())
                .extracting(ComplianceRow::cadreId)
                .containsExactlyInAnyOrder(first, third);
        assertThat(figures.belowAnyRequirement(world.liaisonA)).isEqualTo(2);
    }

    @Test
    void aMoveARankChangeAPromotionAndLeavingMoveTheCountsAsARecountWould() {
        long cadre = world.cadre("调动", world.schoolA, "SECTION");
        world.earn(cadre, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "100");
        world.earn(cadre, LocalDate.of(year, 3, 2), CreditCategory.ONLINE, "50");
        assertThat(unit(world.schoolA)).containsExactly(1, 1, 1, 1);

        // the organisation moves the cadre to school B: the counts follow before anything reads them
        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.schoolB, cadre)
                .update();
        assertThat(unit(world.schoolA)).containsExactly(0, 0, 0, 0);
        assertThat(unit(world.schoolB)).containsExactly(1, 1, 1, 1);
        assertCountsAreARecount();

        // promoted to county level last month: 100 of 550 学时, below the five-year requirement
        LocalDate promoted = LocalDate.now(clock).minusMonths(1);
        jdbc.sql("update cadre set rank_code = 'COUNTY' where id = ?")
                .param(cadre)
                .update();
        jdbc.sql("delete from cadre_assignment where cadre_id = ?").param(cadre).update();
        jdbc.sql("insert into cadre_assignment (cadre_id, unit_id, rank_code, valid_from, valid_to, recorded_at,"
                        + " recorded_by) values (?, ?, 'SECTION', ?, ?, now(), 'test'),"
                        + " (?, ?, 'COUNTY', ?, null, now(), 'test')")
                .params(cadre, world.schoolB, promoted.minusYears(3), promoted, cadre, world.schoolB, promoted)
                .update();
        assertThat(unit(world.schoolB)).containsExactly(0, 0, 0, 0);
        assertThat(countyRow(world.schoolB)).containsExactly(1, 0, 1, 0);
        assertThat(compliance
                        .shortfalls(world.schoolB, null, ComplianceSort.NAME, 0, world.organiser)
                        .items())
                .singleElement()
                .satisfies(row -> assertThat(row.promotion().promotedOn()).isEqualTo(promoted));
        assertCountsAreARecount();

        // no longer active: counted nowhere, and listed nowhere
        jdbc.sql("update cadre set active = false where id = ?").param(cadre).update();
        assertThat(countyRow(world.schoolB)).containsExactly(0, 0, 0, 0);
        assertThat(compliance
                        .shortfalls(world.schoolB, null, ComplianceSort.NAME, 0, world.organiser)
                        .total())
                .isZero();
        assertCountsAreARecount();
    }

    @Test
    void aPolicyChangeCountsEveryUnitAgain() {
        long cadre = world.cadre("折算", world.schoolA, "COUNTY");
        // section level for three years of the five-year window: 490 required pro rata, 550 from the change
        jdbc.sql("insert into cadre_assignment (cadre_id, unit_id, rank_code, valid_from, valid_to, recorded_at,"
                        + " recorded_by) values (?, ?, 'SECTION', ?, ?, now(), 'test')")
                .params(cadre, world.schoolA, LocalDate.of(year - 4, 1, 1), LocalDate.of(year - 1, 1, 1))
                .update();
        world.earn(cadre, LocalDate.of(year, 1, 2), CreditCategory.FULL_TIME, "500");
        assertThat(countyRow(world.schoolA)).containsExactly(1, 0, 0, 0);
        CreditPolicy before = policies.current();
        try {
            policies.save(new CreditPolicy(before.carryOver(), RankChange.PRO_RATA, 12), world.organiser);
            assertThat(countyRow(world.schoolA)).containsExactly(1, 1, 0, 0);
            assertCountsAreARecount();
        } finally {
            policies.save(before, world.organiser);
        }
        assertThat(countyRow(world.schoolA)).containsExactly(1, 0, 0, 0);
        assertCountsAreARecount();
    }

    @Test
    void twoWritersOfOneUnitAtOnceLoseNoCountAndWaitForNoOneInTurn() throws Exception {
        List<Long> cadres = twentyCadresOfSchoolB();
        List<Long> reversed = new ArrayList<>(cadres.reversed());
        atOnce(
                () -> bulk.recordAll(cadres.stream()
                        .map(c -> entry(c, CreditCategory.FULL_TIME, "90", "ft"))
                        .toList()),
                // the same cadres in the other order, one at a time: each write its own transaction
                () -> reversed.forEach(c -> bulk.recordAll(List.of(entry(c, CreditCategory.ONLINE, "50", "on")))));
        assertThat(unit(world.schoolB)).containsExactly(20, 20, 20, 20);
        assertCountsAreARecount();
    }

    private NewCreditEntry entry(long cadreId, CreditCategory category, String hours, String ref) {
        return entry(
                cadreId,
                year,
                category,
                category == CreditCategory.ONLINE ? CreditSource.ONLINE : CreditSource.COURSE,
                hours,
                ref);
    }

    /** The section-level counts of one unit: cadres, meeting full time, meeting online, meeting both. */
    private List<Integer> unit(long unitId) {
        return counts(unitId, Requirement.SECTION_AND_BELOW);
    }

    private List<Integer> countyRow(long unitId) {
        return counts(unitId, Requirement.COUNTY_AND_ABOVE);
    }

    private List<Integer> counts(long unitId, String tier) {
        currency.ensureCurrent();
        return jdbc.sql("select sum(cadres), sum(full_time_met), sum(online_met), sum(all_met)"
                        + " from credit_unit_compliance where unit_id = ? and tier = ? having count(*) > 0")
                .params(unitId, tier)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional()
                .orElse(List.of(0, 0, 0, 0));
    }

    /**
     * Every unit's counts per tier, rank and category equal every active cadre judged afresh from the yearly totals
     * and counted.
     */
    private void assertCountsAreARecount() {
        currency.ensureCurrent();
        Map<String, List<Long>> kept = new HashMap<>();
        jdbc.sql("select unit_id || '/' || tier || '/' || rank_code || '/' || category, sum(cadres),"
                        + " sum(full_time_met), sum(online_met), sum(all_met)"
                        + " from credit_unit_compliance group by unit_id, tier, rank_code, category"
                        + " having sum(cadres) <> 0 or sum(full_time_met) <> 0 or sum(online_met) <> 0"
                        + " or sum(all_met) <> 0")
                .query(rs -> {
                    kept.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        StandingQuery.Query sums = standing.sumsAsOf(year);
        StandingQuery.Query judged = standingQuery.judged(year, sums.sql(), "c.active");
        Map<String, Object> params = new HashMap<>(sums.params());
        params.putAll(judged.params());
        Map<String, List<Long>> recounted = new HashMap<>();
        jdbc.sql(judged.sql() + """
                        select unit_id || '/' || tier || '/' || rank_code || '/' || category, count(*),
                               count(*) filter (where full_time_met), count(*) filter (where online_met),
                               count(*) filter (where full_time_met and online_met)
                        from judged group by unit_id, tier, rank_code, category
                        """).params(params).query(rs -> {
            recounted.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        });
        assertThat(kept).isEqualTo(recounted);
    }
}
