package org.cadretraining.credit;

import java.sql.Connection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the standing up to date before anything reads it: rebuilt when the year turned or the rules changed, the
 * cadres the organisation's changes marked judged again. Every reader of the standing calls it first.
 */
@Component
class StandingCurrency {

    private final JdbcClient jdbc;
    private final CreditStanding standing;
    private final StandingJudgement judgement;
    private final TransactionTemplate separate;

    StandingCurrency(
            JdbcClient jdbc,
            CreditStanding standing,
            StandingJudgement judgement,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.standing = standing;
        this.judgement = judgement;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes the standing current before it is read: rebuilt when it is not as of this year and these rules, the
     * cadres the organisation's changes marked judged again, and the caller's own moves of the counts written. A
     * reader's transaction only reads: the work is done in a transaction of its own, before the reader's first
     * statement takes its snapshot.
     */
    void ensureCurrent() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            rebuildWhenOutOfDate();
            judgement.judgeStale();
            return;
        }
        // one look first, where the reader's snapshot is not the one it keeps for the rest of its transaction
        if (!repeatableRead() && upToDate()) {
            return;
        }
        // a repeatable-read reader's snapshot is taken once: what a second call made current it would not see
        if (repeatableRead() && !firstInThisTransaction()) {
            return;
        }
        separate.executeWithoutResult(status -> {
            if (!standing.basis().equals(held())) {
                standing.lockBasis();
                // someone else may have rebuilt it while this request waited for the lock
                if (!standing.basis().equals(held())) {
                    standing.rebuild();
                }
            }
            judgement.judgeStale();
        });
    }

    /**
     * Whether this is the first call in the caller's transaction (then it is marked until the transaction ends).
     */
    private boolean firstInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return false;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StandingCurrency.this);
            }
        });
        return true;
    }

    private static boolean repeatableRead() {
        Integer level = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        return level != null && level >= Connection.TRANSACTION_REPEATABLE_READ;
    }

    /** Whether the standing is as of this year and these rules, with no cadre waiting to be judged: one statement. */
    private boolean upToDate() {
        Map<String, Object> held = jdbc.sql(
                        "select " + CreditStanding.HELD + ", exists (select 1 from credit_standing_stale) as stale"
                                + " from credit_standing_basis where id = 1")
                .query()
                .singleRow();
        return !Boolean.TRUE.equals(held.remove("stale")) && standing.basis().equals(held);
    }

    /** Rebuilds the standing, in a transaction of its own, when it is not as of this year and these rules. */
    private void rebuildWhenOutOfDate() {
        if (!standing.basis().equals(held())) {
            separate.executeWithoutResult(status -> {
                standing.lockBasis();
                if (!standing.basis().equals(held())) {
                    standing.rebuild();
                }
            });
        }
    }

    private Map<String, Object> held() {
        return jdbc.sql("select " + CreditStanding.HELD + " from credit_standing_basis where id = 1")
                .query()
                .singleRow();
    }
}
