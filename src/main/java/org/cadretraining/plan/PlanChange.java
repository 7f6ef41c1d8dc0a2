package org.cadretraining.plan;

import java.time.Instant;
import org.cadretraining.shared.LocalizedText;

/**
 * One change of an approved plan: which item, why, what was added, changed (before and after) or withdrawn in each
 * language, who and when.
 */
record PlanChange(Long itemId, String reason, LocalizedText summary, String changedBy, Instant changedAt) {}
