package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each unit's 学时 per day and per month, rank and category ({@code credit_unit_day}, {@code credit_unit_month}): the
 * sum of the latest entries of the cadres counted there, which is where their standing row says they are counted.
 * As {@link UnitYears} does for the yearly totals: a ledger write's change is placed where the locked row counts the
 * cadre, and every day of a cadre whose row a judgement or a rebuild moves moves with it.
 */
@Component
class UnitDays {

    /** A cadre's 学时 of one day changed by a write. */
    record Change(
            long cadreId,
            LocalDate day,
            BigDecimal fullTime,
            BigDecimal online,
            BigDecimal external,
            BigDecimal onlineLearning) {}

    /** The sums of the latest entries {@code e} of a cadre, each with the sign {@code n} of its side. */
    private static final String ENTRY_SUMS = """
            sum(n * case when e.category = 'FULL_TIME' then e.hours else 0 end) as full_time,
            sum(n * case when e.category = 'ONLINE' then e.hours else 0 end) as online,
            sum(n * case when e.source = 'EXTERNAL' then e.hours else 0 end) as external,
            sum(n * case when e.source = 'ONLINE' then e.hours else 0 end) as online_learning
            """;

    /** Of an entry {@code e}: whether it is the latest of its correction chain, the one that counts. */
    static final String LATEST = " not exists (select 1 from credit_entry x where x.corrects_id = e.id)";

    private final JdbcClient jdbc;
    private final UnitDayDeltas deltas;

    UnitDays(JdbcClient jdbc, UnitDayDeltas deltas) {
        this.jdbc = jdbc;
        this.deltas = deltas;
    }

    /** Keeps a write's changes until the cadres' rows are locked ({@link #place}). */
    void changed(List<Change> changes) {
        deltas.keep(changes);
    }

    /** Places the changes kept for these cadres where their locked rows say they are counted. */
    void place(Long[] cadres) {
        List<Change> changes = deltas.take(new HashSet<>(Arrays.asList(cadres)));
        if (changes.isEmpty()) {
            return;
        }
        deltas.move(jdbc.sql("""
                        select s.unit_id, c.day, s.rank_code, s.category, sum(c.ft) as full_time,
                               sum(c.onl) as online, sum(c.ext) as external, sum(c.ol) as online_learning
                        from unnest(:cadres::bigint[], :days::date[], :ft::numeric[], :online::numeric[],
                                    :external::numeric[], :ol::numeric[]) as c(cadre_id, day, ft, onl, ext, ol)
                        join credit_standing s on s.cadre_id = c.cadre_id and s.counted
                        group by s.unit_id, c.day, s.rank_code, s.category
                        """)
                .params(Map.of(
                        "cadres", changes.stream().map(Change::cadreId).toArray(Long[]::new),
                        "days", changes.stream().map(c -> c.day().toString()).toArray(String[]::new),
                        "ft", changes.stream().map(Change::fullTime).toArray(BigDecimal[]::new),
                        "online", changes.stream().map(Change::online).toArray(BigDecimal[]::new),
                        "external", changes.stream().map(Change::external).toArray(BigDecimal[]::new),
                        "ol", changes.stream().map(Change::onlineLearning).toArray(BigDecimal[]::new)))
                .query(UnitDays::delta)
                .list());
    }

    /** After a judgement: every day of a cadre whose row now counts them elsewhere moves with the row. */
    void follow(StandingPlaces before) {
        if (before.isEmpty()) {
            return;
        }
        deltas.move(before.bind(jdbc.sql(StandingPlaces.SIDES + """
                        select x.unit_id, e.earned_on as day, x.rank_code, x.category, """ + ENTRY_SUMS + """
                        from sides x join credit_entry e on e.cadre_id = x.cadre_id
                        where x.counted and """ + LATEST + """
                        group by x.unit_id, e.earned_on, x.rank_code, x.category
                        """))
                .query(UnitDays::delta)
                .list());
    }

    /**
     * Sums every unit's days and months again from the ledger, as the migration that made them did: for a load that
     * wrote entries around the ledger, with {@link CadreDays#recount}.
     */
    void recount() {
        jdbc.sql("delete from credit_unit_day").update();
        jdbc.sql("""
                        insert into credit_unit_day (day, unit_id, rank_code, category, full_time, online, external,
                                                     online_learning)
                        select e.earned_on, s.unit_id, s.rank_code, s.category, """ + ENTRY_SUMS + """
                        from credit_entry e join credit_standing s on s.cadre_id = e.cadre_id and s.counted
                        cross join lateral (values (1)) as k(n)
                        where """ + LATEST + """
                        group by e.earned_on, s.unit_id, s.rank_code, s.category
                        """).update();
        jdbc.sql("delete from credit_unit_month").update();
        jdbc.sql("""
                        insert into credit_unit_month (month, unit_id, rank_code, category, full_time, online,
                                                       external, online_learning)
                        select date_trunc('month', day)::date, unit_id, rank_code, category, sum(full_time),
                               sum(online), sum(external), sum(online_learning)
                        from credit_unit_day
                        group by 1, unit_id, rank_code, category
                        """).update();
    }

    private static UnitDayDeltas.Delta delta(ResultSet rs, int n) throws SQLException {
        return new UnitDayDeltas.Delta(
                rs.getLong("unit_id"),
                rs.getObject("day", LocalDate.class),
                rs.getString("rank_code"),
                rs.getString("category"),
                rs.getBigDecimal("full_time"),
                rs.getBigDecimal("online"),
                rs.getBigDecimal("external"),
                rs.getBigDecimal("online_learning"));
    }
}
