package org.cadretraining.credit;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each cadre's judgement ({@link StandingQuery}) onto their standing row and moves their units' counts by
 * the difference between the judgement the row held and the new one: after a ledger write (in the writer's
 * transaction), for the cadres the organisation's changes marked stale (before anything reads the standing), and
 * for every cadre when the standing is rebuilt. The units' yearly totals follow the rows ({@link UnitYears}), and a
 * cadre judged again is marked for the past years' judgements ({@link PastMarks}).
 */
@Component
class StandingJudgement {

    /** The judgement written over the row, and each unit and tier's change of counts returned. */
    private static final String WRITE_AND_COUNT = """
            , before as (
                select unit_id, tier, rank_code, category, counted, full_time_met, online_met from credit_standing
                where cadre_id = any(:cadres::bigint[])
            ),
            written as (
                update credit_standing s set (%s) = (%s) from judged j where s.cadre_id = j.cadre_id
                returning s.unit_id, s.tier, s.rank_code, s.category, s.counted, s.full_time_met, s.online_met
            )
            select unit_id, tier, rank_code, category, sum(n) as cadres, sum(ft) as full_time_met,
                   sum(onl) as online_met, sum(alls) as all_met
            from (select unit_id, tier, rank_code, category, -1 as n, -full_time_met::int as ft,
                         -online_met::int as onl, -(full_time_met and online_met)::int as alls
                  from before where counted
                  union all
                  select unit_id, tier, rank_code, category, 1, full_time_met::int, online_met::int,
                         (full_time_met and online_met)::int
                  from written where counted) d
            group by unit_id, tier, rank_code, category
            """;

    /** More cadres moved than this since their days were kept, and a rebuild sums every day again. */
    static final int MOST_DAYS_FOLLOWED = 10_000;

    private final JdbcClient jdbc;
    private final StandingQuery standingQuery;
    private final UnitCounts counts;
    private final UnitYears years;
    private final UnitDays days;
    private final CadreDays cadreDays;
    private final PastMarks pastMarks;

    StandingJudgement(
            JdbcClient jdbc,
            StandingQuery standingQuery,
            UnitCounts counts,
            UnitYears years,
            UnitDays days,
            CadreDays cadreDays,
            PastMarks pastMarks) {
        this.jdbc = jdbc;
        this.standingQuery = standingQuery;
        this.counts = counts;
        this.years = years;
        this.days = days;
        this.cadreDays = cadreDays;
        this.pastMarks = pastMarks;
    }

    /**
     * Judges the cadres again from their rows' sums, in the caller's transaction, the rows locked already (in id
     * order) by the caller; the units' counts move when the transaction commits ({@link UnitCounts}).
     */
    void judge(Long[] cadres) {
        // the write's changes of yearly and daily totals where the locked rows count the cadres, then moved with the
        // rows
        years.place(cadres);
        days.place(cadres);
        StandingPlaces placed = StandingPlaces.of(jdbc, cadres);
        StandingQuery.Query query = standingQuery.judged("credit_standing", "c.id = any(:cadres::bigint[])");
        String columns = StandingQuery.JUDGED_COLUMNS;
        String values = "j." + String.join(", j.", columns.split(",\\s*"));
        List<UnitCounts.Delta> deltas = jdbc.sql(query.sql() + WRITE_AND_COUNT.formatted(columns, values))
                .params(query.params())
                .param("cadres", cadres)
                .query((rs, n) -> new UnitCounts.Delta(
                        rs.getLong("unit_id"),
                        rs.getString("tier"),
                        rs.getString("rank_code"),
                        rs.getString("category"),
                        rs.getInt("cadres"),
                        rs.getInt("full_time_met"),
                        rs.getInt("online_met"),
                        rs.getInt("all_met")))
                .list();
        counts.move(deltas);
        years.follow(placed);
        days.follow(placed);
        cadreDays.refresh(cadres);
        pastMarks.mark(cadres);
    }

    /** Judges every cadre and counts each unit's again: part of a rebuild, which holds the basis exclusively. */
    void judgeAll() {
        // marks made before this point are covered by the judging below; later ones stay for the next reader
        pastMarks.markStale();
        jdbc.sql("delete from credit_standing_stale").update();
        StandingQuery.Query query = standingQuery.judged("credit_standing", "true");
        String columns = StandingQuery.JUDGED_COLUMNS;
        String values = "j." + String.join(", j.", columns.split(",\\s*"));
        jdbc.sql(query.sql() + " update credit_standing s set (" + columns + ") = (" + values + ")"
                        + " from judged j where s.cadre_id = j.cadre_id")
                .params(query.params())
                .update();
        counts.recount();
        years.recount();
        // the ledger did not change: only the days of cadres now counted elsewhere move, unless that is most of them
        cadreDays
                .movedSinceKept(MOST_DAYS_FOLLOWED)
                .ifPresentOrElse(
                        moved -> {
                            days.follow(StandingPlaces.ofKeptDays(jdbc, moved));
                            cadreDays.refresh(moved);
                        },
                        () -> {
                            days.recount();
                            cadreDays.recount();
                        });
    }

    /**
     * Judges, in the caller's transaction, the cadres the organisation's changes marked stale, if any, and adds the
     * counts the transaction has moved so far, so that what it reads next is current.
     */
    void judgeStale() {
        if (jdbc.sql("select exists (select 1 from credit_standing_stale)")
                .query(Boolean.class)
                .single()) {
            judgeMarked();
        }
        counts.flush();
    }

    private void judgeMarked() {
        // as a ledger writer does: a rebuild waits for this, and this for a rebuild
        jdbc.sql("select id from credit_standing_basis where id = 1 for share")
                .query(Integer.class)
                .single();
        // a second reader waits here for the first to commit, then finds nothing left to judge
        Long[] cadres = jdbc.sql("delete from credit_standing_stale returning cadre_id")
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        if (cadres.length == 0) {
            return;
        }
        Arrays.sort(cadres);
        // a row for a new cadre, and every row locked in id order before it is read
        jdbc.sql("insert into credit_standing (cadre_id) select c from unnest(:cadres::bigint[]) as c"
                        + " where exists (select 1 from cadre where id = c) order by c"
                        + " on conflict (cadre_id) do update set cadre_id = excluded.cadre_id")
                .param("cadres", cadres)
                .update();
        judge(cadres);
    }
}
