package org.cadretraining.credit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks the cadres whose past judgements ({@link PastJudgements}) may have changed, in the transaction that judges
 * them again for this year: whatever made that (a ledger write, a move, a rank or service-history change) may change
 * how they stood at the end of a past year too.
 */
@Component
class PastMarks {

    private final JdbcClient jdbc;

    PastMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks cadres just judged again for this year. */
    void mark(Long[] cadres) {
        jdbc.sql("insert into credit_past_stale select unnest(:cadres::bigint[]) on conflict do nothing")
                .param("cadres", cadres)
                .update();
    }

    /** Marks the cadres marked stale for this year, before a rebuild judges them without marking each. */
    void markStale() {
        jdbc.sql("insert into credit_past_stale select cadre_id from credit_standing_stale on conflict do nothing")
                .update();
    }
}
