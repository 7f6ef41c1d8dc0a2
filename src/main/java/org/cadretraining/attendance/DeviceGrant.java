package org.cadretraining.attendance;

import java.time.Instant;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;

/**
 * Who a staff device sends scans for: the person who opened the device page (their account, their cadre record,
 * whether they act for the institution), until the token expires.
 */
record DeviceGrant(long accountId, String username, Long cadreId, boolean institution, Instant expiresAt) {

    static DeviceGrant of(CurrentUser user, Instant expiresAt) {
        return new DeviceGrant(user.accountId(), user.username(), user.cadreId(), user.actsForInstitution(), expiresAt);
    }

    /** The person as the rights and the audit log see them. */
    CurrentUser asUser() {
        return new CurrentUser(
                accountId, username, institution ? Set.of(Role.ORGANISER) : Set.of(Role.CLASS_TEACHER), cadreId, null);
    }
}
