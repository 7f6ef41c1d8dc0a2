package org.cadretraining.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps credit_year_total in step with a write of many entries at once ({@link BulkLedger}), as {@link CreditTotals}
 * does for one: the hours of each category per year, of which those of training elsewhere, of online learning and on
 * the job, moved with one statement and handed to {@link UnitYears}.
 */
@Component
class BulkTotals {

    private final JdbcClient jdbc;
    private final UnitYears unitYears;
    private final UnitDays unitDays;

    BulkTotals(JdbcClient jdbc, UnitYears unitYears, UnitDays unitDays) {
        this.jdbc = jdbc;
        this.unitYears = unitYears;
        this.unitDays = unitDays;
    }

    /** One change of a cadre's 学时 of a day, and so of its year, for a write of many entries at once. */
    record Delta(
            long cadreId,
            LocalDate earnedOn,
            CreditCategory category,
            CreditSource source,
            BigDecimal hours,
            boolean onTheJob) {

        int year() {
            return earnedOn.getYear();
        }

        UnitDays.Change ofDay() {
            return new UnitDays.Change(
                    cadreId,
                    earnedOn,
                    category == CreditCategory.FULL_TIME ? hours : BigDecimal.ZERO,
                    category == CreditCategory.ONLINE ? hours : BigDecimal.ZERO,
                    source == CreditSource.EXTERNAL ? hours : BigDecimal.ZERO,
                    source == CreditSource.ONLINE ? hours : BigDecimal.ZERO);
        }
    }

    /**
     * Moves many totals with one statement, for a bulk write: the deltas are summed per cadre and year first, as
     * one upsert may touch a row only once. The caller refreshes the cadres' standing afterwards.
     */
    void addAll(List<Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        unitYears.changed(jdbc.sql("""
                        with d as (
                            select d.cadre, d.year,
                                   coalesce(sum(d.hours) filter (where d.category = 'FULL_TIME'), 0) as ft,
                                   coalesce(sum(d.hours) filter (where d.category = 'ONLINE'), 0) as onl,
                                   coalesce(sum(d.hours) filter (where d.source = 'EXTERNAL'), 0) as ext,
                                   coalesce(sum(d.hours) filter (where d.source = 'ONLINE'), 0) as ol,
                                   coalesce(sum(d.hours) filter (where d.category = 'FULL_TIME' and d.otj), 0) as otj
                              from unnest(:cadres::bigint[], :years::int[], :categories::text[], :sources::text[],
                                          :hours::numeric[], :onTheJob::boolean[])
                                   as d(cadre, year, category, source, hours, otj)
                             group by d.cadre, d.year
                        ),
                        written as (
                            insert into credit_year_total (cadre_id, year, full_time, online, external,
                                                           online_learning, on_the_job)
                            select cadre, year, ft, onl, ext, ol, otj from d
                             -- rows locked in one order by every bulk writer, so that two never wait for each other
                             order by cadre, year
                            on conflict (cadre_id, year) do update set
                                full_time = credit_year_total.full_time + excluded.full_time,
                                online = credit_year_total.online + excluded.online,
                                external = credit_year_total.external + excluded.external,
                                online_learning = credit_year_total.online_learning + excluded.online_learning,
                                on_the_job = credit_year_total.on_the_job + excluded.on_the_job
                            returning cadre_id, year, full_time, online, external, online_learning
                        )
                        select w.*, d.ft, d.onl, d.ext, d.ol
                        from written w join d on d.cadre = w.cadre_id and d.year = w.year
                        """)
                .params(columns(deltas))
                .query((rs, n) -> new UnitYears.Change(
                        rs.getLong("cadre_id"),
                        rs.getInt("year"),
                        rs.getBigDecimal("ft"),
                        rs.getBigDecimal("onl"),
                        rs.getBigDecimal("ext"),
                        rs.getBigDecimal("ol"),
                        rs.getBigDecimal("full_time"),
                        rs.getBigDecimal("online"),
                        rs.getBigDecimal("external"),
                        rs.getBigDecimal("online_learning")))
                .list());
        unitDays.changed(deltas.stream().map(Delta::ofDay).toList());
    }

    /** The deltas as the arrays {@code unnest} takes. */
    private static Map<String, Object> columns(List<Delta> deltas) {
        Long[] cadres = new Long[deltas.size()];
        Integer[] years = new Integer[deltas.size()];
        String[] categories = new String[deltas.size()];
        String[] sources = new String[deltas.size()];
        String[] hours = new String[deltas.size()];
        Boolean[] onTheJob = new Boolean[deltas.size()];
        for (int i = 0; i < deltas.size(); i++) {
            Delta d = deltas.get(i);
            cadres[i] = d.cadreId();
            years[i] = d.year();
            categories[i] = d.category().name();
            sources[i] = d.source().name();
            hours[i] = d.hours().toPlainString();
            onTheJob[i] = d.onTheJob();
        }
        return Map.of(
                "cadres",
                cadres,
                "years",
                years,
                "categories",
                categories,
                "sources",
                sources,
                "hours",
                hours,
                "onTheJob",
                onTheJob);
    }
}
