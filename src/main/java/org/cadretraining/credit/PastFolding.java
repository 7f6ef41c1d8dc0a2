package org.cadretraining.credit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the past judgements ({@link PastJudgements}) up: a kept year whose rules are not the current ones (or that
 * has none yet) is judged again for every active cadre, a year no longer kept is dropped, and the marked cadres'
 * rows of every kept year are written again, their units' counts moved by the difference. Each in a transaction of
 * its own under a lock across nodes; a node finding another at it leaves the work to it. Readers are exact without
 * it: it only keeps the part they judge live small.
 */
@Component
class PastFolding {

    /** One at a time, across nodes (a two-key advisory lock, apart from the one-key locks others take). */
    private static final String LOCK = "hashtext('credit'), hashtext('credit_past')";

    /** Written after the judgement {@code judged} of some cadres of a year: their rows and their units' counts. */
    private static final String ADD = """
            , added as (
                insert into credit_past_standing (year, cadre_id, unit_id, tier, rank_code, category, full_time_met,
                                                  online_met)
                select :pastYear, cadre_id, unit_id, tier, rank_code, category, full_time_met, online_met
                from judged where counted
                returning unit_id, tier, rank_code, category, full_time_met, online_met
            )
            insert into credit_past_unit (year, unit_id, tier, rank_code, category, cadres, full_time_met,
                                          online_met, all_met)
            select :pastYear, unit_id, tier, rank_code, category, count(*), count(*) filter (where full_time_met),
                   count(*) filter (where online_met), count(*) filter (where full_time_met and online_met)
            from added group by unit_id, tier, rank_code, category
            order by unit_id, tier, rank_code, category
            on conflict (year, unit_id, tier, rank_code, category) do update set
                cadres = credit_past_unit.cadres + excluded.cadres,
                full_time_met = credit_past_unit.full_time_met + excluded.full_time_met,
                online_met = credit_past_unit.online_met + excluded.online_met,
                all_met = credit_past_unit.all_met + excluded.all_met
            """;

    private final JdbcClient jdbc;
    private final PastJudgements past;
    private final TransactionTemplate separate;

    PastFolding(JdbcClient jdbc, PastJudgements past, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.past = past;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // each statement sees what was committed before it: the marks taken, then the cadres judged after them
        this.separate.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Drops the years no longer kept, judges each kept year not judged by the current rules, then folds the marks. */
    void keepUp() {
        keepUp(false);
    }

    /** The same, waiting for another node at it rather than leaving the work to it. */
    void keepUpWaiting() {
        keepUp(true);
    }

    private void keepUp(boolean wait) {
        List<Integer> years = past.years();
        locked(wait, () -> drop(years));
        for (int year : years) {
            locked(wait, () -> {
                String rules = past.rules();
                if (!past.keptBy(year, rules)) {
                    judgeAll(year, rules);
                }
            });
        }
        locked(wait, () -> foldMarks(years));
    }

    /** Judges every kept year again, waiting for any other node at it first (after a load written without marks). */
    void rebuild() {
        for (int year : past.years()) {
            locked(true, () -> judgeAll(year, past.rules()));
        }
    }

    /** Judges every active cadre as of the end of {@code year}, replacing what was kept of it. */
    private void judgeAll(int year, String rules) {
        jdbc.sql("delete from credit_past_year where year = :year")
                .param("year", year)
                .update();
        forget(year);
        StandingQuery.Query judged = past.judged(year, "true", "c.active");
        jdbc.sql(judged.sql() + ADD)
                .params(judged.params())
                .param("pastYear", year)
                .update();
        jdbc.sql("insert into credit_past_year (year, rules) values (:year, :rules)")
                .param("year", year)
                .param("rules", rules)
                .update();
    }

    private void foldMarks(List<Integer> years) {
        Long[] cadres = jdbc.sql("delete from credit_past_stale returning cadre_id")
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        if (cadres.length == 0) {
            return;
        }
        for (int year : years) {
            jdbc.sql("""
                            with gone as (
                                delete from credit_past_standing where year = :pastYear
                                and cadre_id = any(:cadres::bigint[])
                                returning unit_id, tier, rank_code, category, full_time_met, online_met
                            )
                            update credit_past_unit u set cadres = u.cadres - g.cadres,
                                full_time_met = u.full_time_met - g.full_time_met,
                                online_met = u.online_met - g.online_met, all_met = u.all_met - g.all_met
                            from (select unit_id, tier, rank_code, category, count(*) as cadres,
                                         count(*) filter (where full_time_met) as full_time_met,
                                         count(*) filter (where online_met) as online_met,
                                         count(*) filter (where full_time_met and online_met) as all_met
                                  from gone group by unit_id, tier, rank_code, category) g
                            where u.year = :pastYear and u.unit_id = g.unit_id and u.tier = g.tier
                              and u.rank_code = g.rank_code and u.category = g.category
                            """).param("pastYear", year).param("cadres", cadres).update();
            StandingQuery.Query judged = past.judged(
                    year, "t.cadre_id = any(:cadres::bigint[])", "c.active and c.id = any(:cadres::bigint[])");
            jdbc.sql(judged.sql() + ADD)
                    .params(judged.params())
                    .param("pastYear", year)
                    .param("cadres", cadres)
                    .update();
        }
    }

    /** The years no longer kept (the year turned, or fewer years are kept), with their rows. */
    private void drop(List<Integer> years) {
        for (int year : jdbc.sql("delete from credit_past_year where year <> all(:years::int[]) returning year")
                .param("years", years.toArray(Integer[]::new))
                .query(Integer.class)
                .list()) {
            forget(year);
        }
    }

    /** The rows kept of a year. */
    private void forget(int year) {
        for (String table : List.of("credit_past_standing", "credit_past_unit")) {
            jdbc.sql("delete from " + table + " where year = :year")
                    .param("year", year)
                    .update();
        }
    }

    /** Runs the work in a transaction of its own under the lock: waiting for it, or not at all if it is held. */
    private void locked(boolean wait, Runnable work) {
        separate.executeWithoutResult(status -> {
            if (wait) {
                jdbc.sql("select pg_advisory_xact_lock(" + LOCK + ")").query().listOfRows();
                work.run();
            } else if (jdbc.sql("select pg_try_advisory_xact_lock(" + LOCK + ")")
                    .query(Boolean.class)
                    .single()) {
                work.run();
            }
        });
    }
}
