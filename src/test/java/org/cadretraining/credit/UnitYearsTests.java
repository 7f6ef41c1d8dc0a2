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
 * The units' yearly totals per rank and category ({@code credit_unit_year}) stay equal to a recount from the
 * cadres' yearly totals, each counted in the unit, rank and category the organisation gives the cadre now and only
 * while active, after every kind of change: a ledger entry, a bulk write over two years and three sources, a
 * correction, a move to another unit, a rank change, a category change, leaving and coming back, a write for a
 * cadre moved a moment before, a rebuild, and writers and a mover of the same cadres at once. So do the units'
 * 学时 per day and month and the cadres' days of 学时, which a range of days is read from ({@link KeptDaysRecount}).
 */
@AccountWebTest
class UnitYearsTests extends UnitSumsTest {

    @Autowired
    UnitTotals unitTotals;

    @Test
    void entriesBulkWritesAndCorrectionsMoveTheTotalsAsARecountWould() {
        long first = world.cadre("甲", world.schoolA, "SECTION");
        long second = world.cadre("乙", world.schoolA, "SECTION");
        long third = world.cadre("丙", world.departmentOfA, null);
        long entry = world.earn(first, LocalDate.of(year, 3, 1), CreditCategory.FULL_TIME, "36");
        assertThat(totals(world.schoolA, year))
                .isEqualTo("earning 1, 36.00 + 0.00, external 0.00 (0), online 0.00 (0)");
        assertTotalsAreARecount();

        bulk.recordAll(List.of(
                entry(second, year, CreditCategory.FULL_TIME, CreditSource.EXTERNAL, "20", "b1"),
                entry(second, year, CreditCategory.ONLINE, CreditSource.ONLINE, "50", "b2"),
                entry(first, year - 1, CreditCategory.ONLINE, CreditSource.ONLINE, "12", "b3"),
                entry(third, year, CreditCategory.ONLINE, CreditSource.COURSE, "6", "b4")));
        assertThat(totals(world.schoolA, year))
                .isEqualTo("earning 2, 56.00 + 50.00, external 20.00 (1), online 50.00 (1)");
        assertThat(totals(world.schoolA, year - 1))
                .isEqualTo("earning 1, 0.00 + 12.00, external 0.00 (0), online 12.00 (1)");
        assertTotalsAreARecount();

        // a correction to nothing: the cadre no longer counts as having earned any this year
        ledger.correct(entry, CreditHours.of("0"), "未出勤", world.organiser);
        assertThat(totals(world.schoolA, year))
                .isEqualTo("earning 1, 20.00 + 50.00, external 20.00 (1), online 50.00 (1)");
        assertTotalsAreARecount();
    }

    @Test
    void aMoveARankOrCategoryChangeAndLeavingMoveEveryYearOfTheCadre() {
        long cadre = world.cadre("调动", world.schoolA, "SECTION");
        bulk.recordAll(List.of(
                entry(cadre, year, CreditCategory.FULL_TIME, CreditSource.EXTERNAL, "30", "m1"),
                entry(cadre, year - 2, CreditCategory.ONLINE, CreditSource.ONLINE, "40", "m2")));
        assertTotalsAreARecount();

        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.schoolB, cadre)
                .update();
        assertThat(totals(world.schoolA, year)).isEqualTo(NONE);
        assertThat(totals(world.schoolB, year))
                .isEqualTo("earning 1, 30.00 + 0.00, external 30.00 (1), online 0.00 (0)");
        assertThat(totals(world.schoolB, year - 2))
                .isEqualTo("earning 1, 0.00 + 40.00, external 0.00 (0), online 40.00 (1)");
        assertTotalsAreARecount();

        jdbc.sql("update cadre set rank_code = 'COUNTY' where id = ?")
                .param(cadre)
                .update();
        assertTotalsAreARecount();
        jdbc.sql("update cadre set category = '党务干部' where id = ?").param(cadre).update();
        assertTotalsAreARecount();
        jdbc.sql("update cadre set rank_code = null where id = ?").param(cadre).update();
        assertTotalsAreARecount();

        jdbc.sql("update cadre set active = false where id = ?").param(cadre).update();
        assertThat(totals(world.schoolB, year)).isEqualTo(NONE);
        assertTotalsAreARecount();
        jdbc.sql("update cadre set active = true where id = ?").param(cadre).update();
        assertThat(totals(world.schoolB, year - 2))
                .isEqualTo("earning 1, 0.00 + 40.00, external 0.00 (0), online 40.00 (1)");
        assertTotalsAreARecount();

        // moved, and written for before anything read the standing: the write places the hours, then moves them
        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.schoolA, cadre)
                .update();
        world.earn(cadre, LocalDate.of(year, 6, 1), CreditCategory.FULL_TIME, "6");
        assertThat(totals(world.schoolA, year))
                .isEqualTo("earning 1, 36.00 + 0.00, external 30.00 (1), online 0.00 (0)");
        assertThat(totals(world.schoolB, year)).isEqualTo(NONE);
        assertTotalsAreARecount();

        // a rebuild sums them again, to the same
        currency.ensureCurrent();
        jdbc.sql("update credit_standing_basis set as_of_year = 0").update();
        currency.ensureCurrent();
        assertTotalsAreARecount();

        // moved, and the move first judged by a rebuild rather than by a reader: everything follows the cadre
        jdbc.sql("update cadre set unit_id = ? where id = ?")
                .params(world.schoolB, cadre)
                .update();
        jdbc.sql("update credit_standing_basis set as_of_year = 0").update();
        currency.ensureCurrent();
        assertThat(totals(world.schoolB, year))
                .isEqualTo("earning 1, 36.00 + 0.00, external 30.00 (1), online 0.00 (0)");
        assertTotalsAreARecount();

        // as after a load that wrote around the ledger: no days kept at all, and a rebuild makes them
        for (String table : List.of("credit_cadre_days", "credit_unit_day", "credit_unit_month")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update credit_standing_basis set as_of_year = 0").update();
        currency.ensureCurrent();
        assertTotalsAreARecount();
    }

    @Test
    void twoWritersAndAMoverOfTheSameCadresAtOnceLoseNothing() throws Exception {
        List<Long> cadres = twentyCadresOfSchoolB();
        List<Long> reversed = new ArrayList<>(cadres.reversed());
        atOnce(
                () -> bulk.recordAll(cadres.stream()
                        .map(c -> entry(c, year, CreditCategory.FULL_TIME, CreditSource.COURSE, "9", "ft"))
                        .toList()),
                () -> reversed.forEach(c ->
                        bulk.recordAll(List.of(entry(c, year, CreditCategory.ONLINE, CreditSource.ONLINE, "5", "on")))),
                () -> {
                    // every other cadre to school A, each move judged by the next reader
                    for (int i = 0; i < cadres.size(); i += 2) {
                        jdbc.sql("update cadre set unit_id = ? where id = ?")
                                .params(world.schoolA, cadres.get(i))
                                .update();
                        currency.ensureCurrent();
                    }
                });
        assertThat(totals(world.schoolA, year))
                .isEqualTo("earning 10, 90.00 + 50.00, external 0.00 (0), online 50.00 (10)");
        assertThat(totals(world.schoolB, year))
                .isEqualTo("earning 10, 90.00 + 50.00, external 0.00 (0), online 50.00 (10)");
        assertTotalsAreARecount();
    }

    private static final String NONE = "earning 0, 0.00 + 0.00, external 0.00 (0), online 0.00 (0)";

    /** One unit's totals of a year over every rank and category, as a line. */
    private String totals(long unitId, int ofYear) {
        currency.ensureCurrent();
        return jdbc.sql("""
                        select coalesce(sum(earning), 0), coalesce(sum(full_time), 0.00), coalesce(sum(online), 0.00),
                               coalesce(sum(external), 0.00), coalesce(sum(external_cadres), 0),
                               coalesce(sum(online_learning), 0.00), coalesce(sum(online_learning_cadres), 0)
                        from credit_unit_year where unit_id = ? and year = ?
                        """)
                .params(unitId, ofYear)
                .query((rs, n) -> "earning %d, %s + %s, external %s (%d), online %s (%d)"
                        .formatted(
                                rs.getInt(1),
                                rs.getBigDecimal(2),
                                rs.getBigDecimal(3),
                                rs.getBigDecimal(4),
                                rs.getInt(5),
                                rs.getBigDecimal(6),
                                rs.getInt(7)))
                .single();
    }

    /**
     * The fixture's units' kept totals (rows that are not all zero) equal the cadres' yearly totals summed by the
     * unit, rank and category of each active cadre now.
     */
    private void assertTotalsAreARecount() {
        currency.ensureCurrent();
        Long[] units = {world.committee, world.schoolA, world.departmentOfA, world.schoolB};
        String sums = """
                coalesce(sum(%s), 0), coalesce(sum(full_time), 0), coalesce(sum(online), 0),
                coalesce(sum(external), 0), coalesce(sum(%s), 0), coalesce(sum(online_learning), 0),
                coalesce(sum(%s), 0)
                """;
        Map<String, List<String>> kept = rows(
                "select unit_id || '/' || year || '/' || rank_code || '/' || category, "
                        + sums.formatted("earning", "external_cadres", "online_learning_cadres")
                        + " from credit_unit_year where unit_id = any(?) group by 1",
                units);
        Map<String, List<String>> recounted = rows(
                "select c.unit_id || '/' || t.year || '/' || coalesce(c.rank_code, '') || '/' || c.category, "
                        + sums.formatted(
                                "(t.full_time + t.online > 0)::int",
                                "(t.external > 0)::int",
                                "(t.online_learning > 0)::int")
                        + " from credit_year_total t join cadre c on c.id = t.cadre_id"
                        + " where c.active and c.unit_id = any(?) group by 1",
                units);
        assertThat(kept).isEqualTo(recounted);
        new KeptDaysRecount(jdbc).assertKeptAsARecount(units);
    }

    /** Each key's sums as plain numbers, rows of zeros left out. */
    private Map<String, List<String>> rows(String sql, Long[] units) {
        Map<String, List<String>> rows = new HashMap<>();
        jdbc.sql(sql).param(units).query(rs -> {
            List<String> sums = new ArrayList<>();
            boolean any = false;
            for (int i = 2; i <= 8; i++) {
                java.math.BigDecimal sum = rs.getBigDecimal(i);
                any |= sum.signum() != 0;
                sums.add(sum.stripTrailingZeros().toPlainString());
            }
            if (any) {
                rows.put(rs.getString(1), sums);
            }
        });
        return rows;
    }
}
