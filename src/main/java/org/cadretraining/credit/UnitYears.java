package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each unit's yearly totals per rank and category ({@code credit_unit_year}): the sum of the yearly totals of the
 * cadres counted there, which is where their standing row says they are counted (unit, rank, category, active).
 * A ledger write's change of a cadre's yearly total is placed where the cadre's row says once the row is locked;
 * when a judgement moves the row (the cadre moved, changed rank or category, or left), every yearly total of the
 * cadre moves with it; a rebuild sums them all again. Every move goes through {@link UnitYearDeltas}.
 */
@Component
class UnitYears {

    /** A cadre's yearly total changed by a write: the change of each sum, and the sums after it. */
    record Change(
            long cadreId,
            int year,
            BigDecimal fullTime,
            BigDecimal online,
            BigDecimal external,
            BigDecimal onlineLearning,
            BigDecimal fullTimeAfter,
            BigDecimal onlineAfter,
            BigDecimal externalAfter,
            BigDecimal onlineLearningAfter) {}

    /** The columns of a delta, summed per unit, year, rank and category over rows with a sign {@code n}. */
    private static final String SUMS = """
            sum(n * ((t.full_time + t.online > 0)::int)) as earning, sum(n * t.full_time) as full_time,
            sum(n * t.online) as online, sum(n * t.external) as external,
            sum(n * ((t.external > 0)::int)) as external_cadres, sum(n * t.online_learning) as online_learning,
            sum(n * ((t.online_learning > 0)::int)) as online_learning_cadres
            """;

    private final JdbcClient jdbc;
    private final UnitYearDeltas deltas;

    UnitYears(JdbcClient jdbc, UnitYearDeltas deltas) {
        this.jdbc = jdbc;
        this.deltas = deltas;
    }

    /** Keeps a write's changes until the cadres' rows are locked ({@link #place}). */
    void changed(List<Change> changes) {
        deltas.keep(changes);
    }

    /**
     * Places the changes kept for these cadres where their rows say they are counted: the rows are locked by the
     * caller, so no judgement moves them meanwhile. A change counts as the sums after it less those before it.
     */
    void place(Long[] cadres) {
        List<Change> changes = deltas.take(new HashSet<>(Arrays.asList(cadres)));
        if (changes.isEmpty()) {
            return;
        }
        deltas.move(jdbc.sql("""
                        select s.unit_id, c.year, s.rank_code, s.category, """ + SUMS + """
                        from unnest(:cadres::bigint[], :years::int[], :ft::numeric[], :online::numeric[],
                                    :external::numeric[], :ol::numeric[], :ftAfter::numeric[],
                                    :onlineAfter::numeric[], :externalAfter::numeric[], :olAfter::numeric[])
                                 as c(cadre_id, year, ft, onl, ext, ol, ft_after, onl_after, ext_after, ol_after)
                        join credit_standing s on s.cadre_id = c.cadre_id and s.counted
                        cross join lateral (values (1, c.ft_after, c.onl_after, c.ext_after, c.ol_after),
                                                   (-1, c.ft_after - c.ft, c.onl_after - c.onl, c.ext_after - c.ext,
                                                    c.ol_after - c.ol))
                                 as t(n, full_time, online, external, online_learning)
                        group by s.unit_id, c.year, s.rank_code, s.category
                        """)
                .params(Map.of(
                        "cadres", changes.stream().map(Change::cadreId).toArray(Long[]::new),
                        "years", changes.stream().map(Change::year).toArray(Integer[]::new),
                        "ft", changes.stream().map(Change::fullTime).toArray(BigDecimal[]::new),
                        "online", changes.stream().map(Change::online).toArray(BigDecimal[]::new),
                        "external", changes.stream().map(Change::external).toArray(BigDecimal[]::new),
                        "ol", changes.stream().map(Change::onlineLearning).toArray(BigDecimal[]::new),
                        "ftAfter", changes.stream().map(Change::fullTimeAfter).toArray(BigDecimal[]::new),
                        "onlineAfter", changes.stream().map(Change::onlineAfter).toArray(BigDecimal[]::new),
                        "externalAfter",
                                changes.stream().map(Change::externalAfter).toArray(BigDecimal[]::new),
                        "olAfter",
                                changes.stream()
                                        .map(Change::onlineLearningAfter)
                                        .toArray(BigDecimal[]::new)))
                .query(UnitYears::delta)
                .list());
    }

    /** After a judgement: every yearly total of a cadre whose row now counts them elsewhere moves with the row. */
    void follow(StandingPlaces before) {
        if (before.isEmpty()) {
            return;
        }
        deltas.move(before.bind(jdbc.sql(StandingPlaces.SIDES + """
                        select x.unit_id, t.year, x.rank_code, x.category, """ + SUMS + """
                        from sides x join credit_year_total t on t.cadre_id = x.cadre_id
                        where x.counted
                        group by x.unit_id, t.year, x.rank_code, x.category
                        """))
                .query(UnitYears::delta)
                .list());
    }

    /** Sums every unit's totals again from the cadres' yearly totals: part of a rebuild. */
    void recount() {
        jdbc.sql("delete from credit_unit_year").update();
        jdbc.sql("""
                        insert into credit_unit_year (unit_id, year, rank_code, category, earning, full_time, online,
                                                      external, external_cadres, online_learning,
                                                      online_learning_cadres)
                        select s.unit_id, t.year, s.rank_code, s.category, """ + SUMS + """
                        from credit_year_total t join credit_standing s on s.cadre_id = t.cadre_id and s.counted
                        cross join lateral (values (1)) as k(n)
                        group by s.unit_id, t.year, s.rank_code, s.category
                        """).update();
    }

    private static UnitYearDeltas.Delta delta(ResultSet rs, int n) throws SQLException {
        return new UnitYearDeltas.Delta(
                rs.getLong("unit_id"),
                rs.getInt("year"),
                rs.getString("rank_code"),
                rs.getString("category"),
                rs.getInt("earning"),
                rs.getBigDecimal("full_time"),
                rs.getBigDecimal("online"),
                rs.getBigDecimal("external"),
                rs.getInt("external_cadres"),
                rs.getBigDecimal("online_learning"),
                rs.getInt("online_learning_cadres"));
    }
}
