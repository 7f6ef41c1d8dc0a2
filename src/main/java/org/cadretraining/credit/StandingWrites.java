package org.cadretraining.credit;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a ledger write does to the standing, in the writer's transaction: it holds the basis in share mode (a
 * rebuild waits for it), then refreshes each cadre's sums from their yearly totals and judges them again.
 */
@Component
class StandingWrites {

    private final JdbcClient jdbc;
    private final StandingJudgement judgement;

    StandingWrites(JdbcClient jdbc, StandingJudgement judgement) {
        this.jdbc = jdbc;
        this.judgement = judgement;
    }

    /** Holds the basis in share mode for the rest of the writer's transaction: a rebuild waits for it. */
    void holdBasis() {
        jdbc.sql("select id from credit_standing_basis where id = 1 for share")
                .query(Integer.class)
                .single();
    }

    /**
     * Refreshes the standing of each cadre from their yearly totals and judges them again, in the caller's
     * transaction: three statements however many cadres (a bulk write of 50,000 entries refreshes 10,000 at once).
     * The first locks the cadres' rows in id order, so that two writers of the same cadres lock them in the same
     * order; the second, begun after the locks, sees every total committed before it; the third judges the rows and
     * moves their units' counts.
     */
    void refresh(Collection<Long> cadreIds) {
        Long[] cadres = cadreIds.stream().sorted().distinct().toArray(Long[]::new);
        if (cadres.length == 0) {
            return;
        }
        jdbc.sql("insert into credit_standing (cadre_id) select c from unnest(:cadres::bigint[]) as c order by c"
                        + " on conflict (cadre_id) do update set cadre_id = excluded.cadre_id")
                .param("cadres", cadres)
                .update();
        jdbc.sql("update credit_standing s set (" + CreditStanding.COLUMNS + ") = (select " + CreditStanding.SUMS
                        + " from credit_standing_basis b left join credit_year_total t on t.cadre_id = s.cadre_id"
                        + " and t.year <= b.as_of_year and t.year > b.as_of_year - 11"
                        + " where b.id = 1 group by b.id) where s.cadre_id = any(:cadres::bigint[])")
                .param("cadres", cadres)
                .update();
        judgement.judge(cadres);
    }
}
