package org.cadretraining.leave;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.DayBlock;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;

/**
 * A request for leave from agenda items of a course, the leave aggregate: it knows whether it is still open, who may
 * take it back, whether it is short enough for a class teacher, and what a reason or a rejection note must be.
 */
record LeaveRequest(
        long id,
        long courseId,
        long cadreId,
        String reason,
        Status status,
        CreditHours hours,
        List<Long> itemIds,
        Instant requestedAt,
        String requestedBy,
        Instant decidedAt,
        String decidedBy,
        String decisionNote,
        boolean pastCap) {

    enum Status {
        REQUESTED,
        APPROVED,
        REJECTED,
        CANCELLED
    }

    static final int REASON_MAX_LENGTH = 1000;

    boolean open() {
        return status == Status.REQUESTED;
    }

    void requireOpen() {
        if (!open()) {
            throw DomainException.conflict(null, "leave.request.alreadyDecided");
        }
    }

    /** Whether the user is the cadre the request is for. */
    boolean isOwn(CurrentUser user) {
        return user.cadreId() != null && user.cadreId() == cadreId;
    }

    /** The cadre, or the organiser who may ask for them, takes back a request not yet decided. */
    void requireMayCancel(CurrentUser user) {
        if (!isOwn(user) && !user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        requireOpen();
    }

    boolean mayBeCancelledBy(CurrentUser user) {
        return open() && (user.actsForInstitution() || isOwn(user));
    }

    /** The cadre's approved leave once this request is approved too (unchanged when it is no longer open). */
    CreditHours leaveAfterApproval(CreditHours approvedSoFar) {
        return open() ? approvedSoFar.plus(hours) : approvedSoFar;
    }

    /**
     * Half a day, what a class teacher may approve: no more 学时 than a half day is worth, or all the items within
     * one block of one day.
     */
    boolean upToHalfADay(Map<Long, AgendaEntry> agenda, TrainingRules rules) {
        if (rules.atMostHalfADay(hours)) {
            return true;
        }
        Set<String> blocks = new HashSet<>();
        for (long itemId : itemIds) {
            AgendaEntry item = agenda.get(itemId);
            blocks.add(item.day() + "/" + rules.blockAt(item.startsAt()));
            DayBlock last = rules.blockAt(item.endsAt().minusMinutes(1));
            blocks.add(item.day() + "/" + last);
        }
        return blocks.size() == 1;
    }

    /** A reason as it will be kept: trimmed, required, at most {@value #REASON_MAX_LENGTH} characters. */
    static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "leave.ask.reasonRequired");
        }
        if (why.length() > REASON_MAX_LENGTH) {
            throw DomainException.invalid("reason", "leave.ask.reasonTooLong");
        }
        return why;
    }

    /** The cadre is told why a request was rejected, so a note is required. */
    static String checkedRejectionNote(String note) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("note", "leave.reject.noteRequired");
        }
        return why;
    }
}
