package org.cadretraining.plan;

/** Where a year's plan stands: drafted by the organisation department, submitted, approved by the Party committee. */
enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED;

    public String label() {
        return "plan.status." + name();
    }
}
