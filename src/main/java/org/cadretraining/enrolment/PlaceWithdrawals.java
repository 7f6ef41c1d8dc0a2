package org.cadretraining.enrolment;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawal (退学) of a trainee from a course by a rule another module keeps (leave past the cap): the place is no
 * longer admitted, keeps who withdrew it, when and why, and stays counted against its unit's quota ({@link
 * QuotaUse}). The waiting list moves up only while the course has not started.
 */
@Service
public class PlaceWithdrawals {

    private final EnrolmentStore store;
    private final WaitingList waitingList;

    PlaceWithdrawals(EnrolmentStore store, WaitingList waitingList) {
        this.store = store;
        this.waitingList = waitingList;
    }

    /**
     * Withdraws the cadre's place in the course with the reason, as decided at {@code at} by {@code by}; false when
     * they hold no place in it (withdrawn already, or never admitted).
     */
    @Transactional
    public boolean discontinue(long courseId, long cadreId, String reason, Instant at, String by) {
        store.lockCourse(courseId);
        return store.placeOf(courseId, cadreId)
                .map(place -> {
                    store.saveDecision(place.discontinue(reason), at, by);
                    waitingList.promote(store.course(courseId));
                    return true;
                })
                .orElse(false);
    }
}
