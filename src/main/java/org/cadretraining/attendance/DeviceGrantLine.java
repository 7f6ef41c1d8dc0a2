package org.cadretraining.attendance;

import java.time.Instant;

/** A device grant as the organiser's list shows it: holder, issued, renewed, last used and its state now. */
record DeviceGrantLine(
        long id,
        String holder,
        Instant issuedAt,
        Instant renewedAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy,
        Instant now) {

    enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public State state() {
        return revokedAt != null ? State.REVOKED : now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
