package org.cadretraining.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of a scan; {@code firstCheckIn} is the time that stands: the scan's own when it was recorded, the
 * first check-in's for a duplicate or a conflict;
 * {@code reasonKey} the message key of a refusal.
 */
record ScanResult(UUID scanId, long cadreId, ScanOutcome outcome, Instant firstCheckIn, String reasonKey) {}
