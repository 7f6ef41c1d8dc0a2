package org.cadretraining.credit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes of kept sums that each transaction gathers and adds just before it commits ({@code n = n + delta}, never
 * read and written back, so two writers of one row lose nothing): merged by key, so that a row is written once, and
 * handed to the caller's statement in key order, the order that one statement locks the rows in, so that two writers
 * never wait for each other's rows in turn. Without a transaction they are added at once.
 */
final class PendingDeltas<D extends PendingDeltas.Summable<D>> {

    /** One row's change of sums. */
    interface Summable<D> {

        /** Which row: keys sort in the order the statement locks the rows in. */
        String key();

        D plus(D other);

        boolean isZero();
    }

    private final int order;
    private final Consumer<List<D>> statement;

    /**
     * @param order where the adding runs among the transaction's synchronizations, the same in every transaction
     * @param statement adds the changes, none of them zero, in key order, in one statement
     */
    PendingDeltas(int order, Consumer<List<D>> statement) {
        this.order = order;
        this.statement = statement;
    }

    /** Gathers the changes for the end of the caller's transaction (adds them at once without one). */
    void add(List<D> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Gathered now = new Gathered();
            now.add(deltas);
            now.addGathered();
            return;
        }
        TransactionState.of(this::gathers, Gathered::new).add(deltas);
    }

    /** Adds the changes the caller's transaction has gathered so far, so that it reads its own sums. */
    void flush() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionState.of(this::gathers, Gathered::new).addGathered();
        }
    }

    private boolean gathers(TransactionSynchronization synchronization) {
        return synchronization instanceof PendingDeltas<?>.Gathered gathered && gathered.owner() == this;
    }

    /** What one transaction has gathered so far, by key. */
    private final class Gathered implements TransactionSynchronization {

        private final Map<String, D> byKey = new TreeMap<>();

        PendingDeltas<D> owner() {
            return PendingDeltas.this;
        }

        void add(List<D> deltas) {
            deltas.forEach(d -> byKey.merge(d.key(), d, D::plus));
        }

        // not flush(): a transaction synchronization's flush() means flushing a session to the database
        void addGathered() {
            List<D> changes = byKey.values().stream().filter(d -> !d.isZero()).toList();
            byKey.clear();
            if (!changes.isEmpty()) {
                statement.accept(changes);
            }
        }

        @Override
        public int getOrder() {
            return order;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            addGathered();
        }
    }
}
