package org.cadretraining.credit;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State that lives as long as the caller's transaction: held by one of its synchronizations, so that it ends with
 * the transaction, and a transaction suspended for another keeps its own.
 */
final class TransactionState {

    private TransactionState() {}

    /** The transaction's synchronization that {@code mine} accepts, or one made now and registered. */
    @SuppressWarnings("unchecked")
    static <T extends TransactionSynchronization> T of(Predicate<TransactionSynchronization> mine, Supplier<T> make) {
        return (T) TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(mine)
                .findFirst()
                .orElseGet(() -> {
                    T made = make.get();
                    TransactionSynchronizationManager.registerSynchronization(made);
                    return made;
                });
    }
}
