package org.cadretraining.leave;

import java.time.Clock;
import java.time.Instant;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approves and rejects leave. Approving leave that takes the cadre past the cap needs an explicit confirmation, and
 * then withdraws the cadre (退学) from the course.
 */
@Service
class LeaveApproval {

    private final LeaveRequests requests;
    private final LeaveApprovers approvers;
    private final LeaveStandings standings;
    private final Withdrawals withdrawals;
    private final ClassMembers members;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LeaveApproval(
            LeaveRequests requests,
            LeaveApprovers approvers,
            LeaveStandings standings,
            Withdrawals withdrawals,
            ClassMembers members,
            Clock clock,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.approvers = approvers;
        this.standings = standings;
        this.withdrawals = withdrawals;
        this.members = members;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Approves a request. Past the cap the approver must confirm; once confirmed, the cadre is withdrawn from the
     * course with the reason and told so.
     */
    @Transactional
    void approve(long requestId, boolean confirmPastCap, CurrentUser user) {
        LeaveRequest request = requests.lockedForDecision(requestId);
        request.requireOpen();
        approvers.requireMayDecide(request, user);
        LeaveStandings.Standing standing = standings.standing(request);
        boolean pastCap = !standing.withinCapAfterApproval();
        if (pastCap && !confirmPastCap) {
            throw DomainException.conflict(
                    "confirm",
                    "leave.approve.pastCapNeedsConfirmation",
                    standing.afterApproval(),
                    standing.cap().fraction(),
                    standing.cap().shown());
        }
        Instant now = clock.instant();
        requests.approved(requestId, pastCap, now, user.username());
        members.notify(request.cadreId(), request.courseId(), "leave.notice.approved");
        events.publishEvent(new LeaveApproved(request.courseId(), request.cadreId(), pastCap));
        if (pastCap && withdrawals.withdraw(request, standing, now, user.username())) {
            events.publishEvent(new CadreWithdrawn(request.courseId(), request.cadreId()));
        }
    }

    /** Rejects a request; the cadre is told why, so a note is required. */
    @Transactional
    void reject(long requestId, String note, CurrentUser user) {
        LeaveRequest request = requests.lockedForDecision(requestId);
        request.requireOpen();
        approvers.requireMayDecide(request, user);
        String why = LeaveRequest.checkedRejectionNote(note);
        requests.rejected(requestId, why, clock.instant(), user.username());
        members.notify(request.cadreId(), request.courseId(), "leave.notice.rejected");
    }
}
