package org.cadretraining.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes a ledger write makes to a cadre's kept sums, held in the writer's transaction until the cadre's standing
 * row is locked and says where the cadre is counted ({@link StandingJudgement#judge}).
 */
final class KeptChanges<C> {

    private final ToLongFunction<C> cadreOf;

    KeptChanges(ToLongFunction<C> cadreOf) {
        this.cadreOf = cadreOf;
    }

    void keep(List<C> changes) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // the ledger writes in a transaction; outside one a change could not be placed and would be lost
            throw new IllegalStateException("a change of kept sums outside a transaction");
        }
        kept().addAll(changes);
    }

    /** The kept changes of these cadres, taken out. */
    List<C> take(Set<Long> cadres) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return List.of();
        }
        List<C> taken = new ArrayList<>();
        kept().removeIf(c -> cadres.contains(cadreOf.applyAsLong(c)) && taken.add(c));
        return taken;
    }

    private List<C> kept() {
        return TransactionState.of(this::holds, Kept::new).changes;
    }

    private boolean holds(TransactionSynchronization synchronization) {
        return synchronization instanceof KeptChanges<?>.Kept kept && kept.owner() == this;
    }

    /** The changes one transaction keeps until it places them. */
    private final class Kept implements TransactionSynchronization {

        private final List<C> changes = new ArrayList<>();

        KeptChanges<C> owner() {
            return KeptChanges.this;
        }
    }
}
