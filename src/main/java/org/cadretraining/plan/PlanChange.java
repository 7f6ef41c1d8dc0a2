package org.cadretraining.plan;

import java.time.Instant;

/** One change of an approved plan: which item, why, what it says now (or that it was withdrawn), who and when. */
record PlanChange(Long itemId, String reason, String summary, String changedBy, Instant changedAt) {}
