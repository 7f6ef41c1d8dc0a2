package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The units' kept 学时 per day and per month ({@code credit_unit_day}, {@code credit_unit_month}) and the cadres'
 * kept days ({@code credit_cadre_days}) of some units equal a recount from the latest entries of each correction
 * chain, each counted in the unit, rank and category the organisation gives the cadre now and only while active.
 */
final class KeptDaysRecount {

    private static final String LATEST = " not exists (select 1 from credit_entry x where x.corrects_id = e.id)";

    private final JdbcClient jdbc;

    KeptDaysRecount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void assertKeptAsARecount(Long[] units) {
        String entrySums = """
                coalesce(sum(e.hours) filter (where e.category = 'FULL_TIME'), 0),
                coalesce(sum(e.hours) filter (where e.category = 'ONLINE'), 0),
                coalesce(sum(e.hours) filter (where e.source = 'EXTERNAL'), 0),
                coalesce(sum(e.hours) filter (where e.source = 'ONLINE'), 0)
                """;
        String recount = " from credit_entry e join cadre c on c.id = e.cadre_id"
                + " where c.active and c.unit_id = any(?) and" + LATEST + " group by 1";
        String kept =
                ", sum(full_time), sum(online), sum(external), sum(online_learning) from %s where unit_id = any(?)"
                        + " group by 1";
        assertThat(rows(
                        "select unit_id || '/' || day || '/' || rank_code || '/' || category"
                                + kept.formatted("credit_unit_day"),
                        units))
                .as("the units' days")
                .isEqualTo(rows(
                        "select c.unit_id || '/' || e.earned_on || '/' || coalesce(c.rank_code, '') || '/'"
                                + " || c.category, " + entrySums + recount,
                        units));
        assertThat(rows(
                        "select unit_id || '/' || month || '/' || rank_code || '/' || category"
                                + kept.formatted("credit_unit_month"),
                        units))
                .as("the units' months")
                .isEqualTo(rows(
                        "select c.unit_id || '/' || date_trunc('month', e.earned_on)::date || '/'"
                                + " || coalesce(c.rank_code, '') || '/' || c.category, " + entrySums + recount,
                        units));
        assertThat(cadreDays("""
                        select k.cadre_id || '/' || k.unit_id || '/' || k.rank_code || '/' || k.category || ' '
                               || k.earned || ' ' || k.external || ' ' || k.online_learning
                        from credit_cadre_days k join cadre c on c.id = k.cadre_id
                        where k.counted and c.unit_id = any(?) and not isempty(k.earned)
                        """, units)).as("the cadres' days").isEqualTo(cadreDays("""
                        select c.id || '/' || c.unit_id || '/' || coalesce(c.rank_code, '') || '/' || c.category
                               || ' ' || range_agg(daterange(e.earned_on, e.earned_on, '[]'))
                               || ' ' || coalesce(range_agg(daterange(e.earned_on, e.earned_on, '[]'))
                                                  filter (where e.source = 'EXTERNAL'), '{}')
                               || ' ' || coalesce(range_agg(daterange(e.earned_on, e.earned_on, '[]'))
                                                  filter (where e.source = 'ONLINE'), '{}')
                        from credit_entry e join cadre c on c.id = e.cadre_id
                        where c.active and c.unit_id = any(?) and e.hours > 0 and""" + LATEST + """
                        group by c.id, c.unit_id, c.rank_code, c.category
                        """, units));
    }

    private List<String> cadreDays(String sql, Long[] units) {
        return jdbc.sql(sql + " order by 1").param(units).query(String.class).list().stream()
                .sorted()
                .toList();
    }

    /** Each key's sums as plain numbers, rows of zeros left out. */
    private Map<String, List<String>> rows(String sql, Long[] units) {
        Map<String, List<String>> rows = new HashMap<>();
        jdbc.sql(sql).param(units).query(rs -> {
            List<String> sums = new ArrayList<>();
            boolean any = false;
            for (int i = 2; i <= 5; i++) {
                BigDecimal sum = rs.getBigDecimal(i);
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
