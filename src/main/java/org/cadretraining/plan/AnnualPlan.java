package org.cadretraining.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.shared.DomainException;

/**
 * A year's plan and its approval: drafted, submitted to the Party committee, and approved, the organiser recording
 * which body approved it and on which day. Items are edited freely in a draft, not while the committee has it, and
 * only with a reason once approved.
 */
record AnnualPlan(
        int year,
        PlanStatus status,
        String draftedBy,
        Instant draftedAt,
        String submittedBy,
        Instant submittedAt,
        String approvingBody,
        LocalDate approvedOn,
        String approvalRecordedBy,
        Instant approvalRecordedAt) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    static AnnualPlan draft(int year, String by, Instant now) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid("year", "plan.yearInvalid", FIRST_YEAR, LAST_YEAR);
        }
        return new AnnualPlan(year, PlanStatus.DRAFT, by, now, null, null, null, null, null, null);
    }

    AnnualPlan submit(String by, Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw DomainException.conflict(null, "plan.submit.notDraft");
        }
        return new AnnualPlan(year, PlanStatus.SUBMITTED, draftedBy, draftedAt, by, now, null, null, null, null);
    }

    /** The committee's approval as the organiser records it: the approving body, and a day not in the future. */
    AnnualPlan approve(String body, LocalDate on, LocalDate today, String by, Instant now) {
        if (status != PlanStatus.SUBMITTED) {
            throw DomainException.conflict(null, "plan.approve.notSubmitted");
        }
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("approvingBody", "plan.approve.bodyRequired");
        }
        if (body.strip().length() > 200) {
            throw DomainException.invalid("approvingBody", "plan.approve.bodyTooLong", 200);
        }
        if (on == null) {
            throw DomainException.invalid("approvedOn", "plan.approve.dateRequired");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("approvedOn", "plan.approve.dateInFuture");
        }
        return new AnnualPlan(
                year, PlanStatus.APPROVED, draftedBy, draftedAt, submittedBy, submittedAt, body.strip(), on, by, now);
    }

    /**
     * Refuses a change of the items while the committee has the plan, and one without a reason after approval; the
     * stripped reason, or null when none is needed.
     */
    String reasonForChange(String reason) {
        if (status == PlanStatus.SUBMITTED) {
            throw DomainException.conflict(null, "plan.change.whileSubmitted");
        }
        if (status == PlanStatus.DRAFT) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "plan.change.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw DomainException.invalid("reason", "plan.change.reasonTooLong", 1000);
        }
        return reason.strip();
    }

    public boolean approved() {
        return status == PlanStatus.APPROVED;
    }
}
