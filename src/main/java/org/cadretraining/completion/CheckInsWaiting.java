package org.cadretraining.completion;

import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.attendance.CheckedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the trainees of a check-in among those waiting to be judged, inside the check-in's own transaction, and wakes
 * this node's drain once it commits. A check-in burst is hundreds of scans a second on one course: judged one event
 * at a time, each judgement would read the course and its class again; waiting together, they are judged in a few
 * rounds of many trainees each, and none is lost, since the waiting row commits or rolls back with the check-in.
 */
@Component
class CheckInsWaiting {

    private final WaitingJudgements waiting;
    private final WaitingDrain drain;

    CheckInsWaiting(WaitingJudgements waiting, WaitingDrain drain) {
        this.waiting = waiting;
        this.drain = drain;
    }

    @EventListener
    void on(CheckedIn event) {
        event.cells().stream()
                .collect(Collectors.groupingBy(
                        CheckedIn.Cell::courseId, Collectors.mapping(CheckedIn.Cell::cadreId, Collectors.toSet())))
                .forEach((Long course, Set<Long> cadres) -> waiting.add(course, cadres));
        drain.wakeOnceCommitted();
    }
}
