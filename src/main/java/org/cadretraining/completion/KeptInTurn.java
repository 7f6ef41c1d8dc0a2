package org.cadretraining.completion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener of the completion keeper: like an application module listener (after the sender's commit, in a
 * transaction of its own, its publication kept until it succeeds), but run one at a time on the keeper's own thread
 * ({@link CompletionKeeping}). A check-in burst sends hundreds of events within seconds; run side by side, each would
 * hold a database connection while waiting for the course's row lock, and the pool would be gone for the check-ins.
 */
@Async(CompletionKeeping.EXECUTOR)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface KeptInTurn {}
