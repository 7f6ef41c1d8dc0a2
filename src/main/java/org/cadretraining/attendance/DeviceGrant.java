package org.cadretraining.attendance;

import java.time.Instant;
import org.cadretraining.shared.CurrentUser;

/**
 * A staff device's grant for one course, as its holder stands now: who they are ({@code holder}, with their current
 * roles), when the chain of the device's tokens began ({@code issuedAt}: no scan may be older) and until when its
 * latest token holds; {@code judgedOn}, the version of the kept facts it was found standing on ({@link KeptFacts}),
 * or {@link StaleJudgements#ON_THE_TABLES}.
 */
record DeviceGrant(long id, long courseId, CurrentUser holder, Instant issuedAt, Instant expiresAt, long judgedOn) {

    /** Whether a scan claiming this time could have been made on the device since it was given its first token. */
    boolean covers(Instant at) {
        return !at.isBefore(issuedAt);
    }
}
