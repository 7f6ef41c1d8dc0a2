package org.cadretraining.credit;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps credit_year_total in step with the ledger. Called in the transaction that writes the entry, so the totals
 * (and each cadre's standing against the requirements) are never seen out of step; the upsert adds to the row under its lock, so concurrent writes do not lose hours.
 */
@Component
class CreditTotals {

    private final JdbcClient jdbc;
    private final CreditStanding standing;

    CreditTotals(JdbcClient jdbc, CreditStanding standing) {
        this.jdbc = jdbc;
        this.standing = standing;
    }

    void add(long cadreId, int year, CreditCategory category, BigDecimal delta) {
        if (delta.signum() == 0) {
            return;
        }
        String column = category == CreditCategory.FULL_TIME ? "full_time" : "online";
        jdbc.sql("insert into credit_year_total (cadre_id, year, " + column + ") values (:cadre, :year, :delta)"
                        + " on conflict (cadre_id, year) do update set " + column + " = credit_year_total." + column
                        + " + excluded." + column)
                .param("cadre", cadreId)
                .param("year", year)
                .param("delta", delta)
                .update();
        standing.add(cadreId, year, category, delta);
    }

    /** One change of a cadre's yearly total, for a write of many entries at once. */
    record Delta(long cadreId, int year, CreditCategory category, BigDecimal hours) {}

    /**
     * Moves many totals with two statements, for a bulk write: the deltas are summed per cadre and year first, as
     * one upsert may touch a row only once.
     */
    void addAll(List<Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into credit_year_total (cadre_id, year, full_time, online)
                        select d.cadre, d.year,
                               coalesce(sum(d.hours) filter (where d.category = 'FULL_TIME'), 0),
                               coalesce(sum(d.hours) filter (where d.category = 'ONLINE'), 0)
                          from unnest(:cadres::bigint[], :years::int[], :categories::text[], :hours::numeric[])
                               as d(cadre, year, category, hours)
                         group by d.cadre, d.year
                         -- rows locked in one order by every bulk writer, so that two never wait for each other
                         order by d.cadre, d.year
                        on conflict (cadre_id, year) do update set
                            full_time = credit_year_total.full_time + excluded.full_time,
                            online = credit_year_total.online + excluded.online
                        """).params(CreditStanding.columns(deltas)).update();
        standing.addAll(deltas);
    }
}
