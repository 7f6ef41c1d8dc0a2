package org.cadretraining.account;

import java.util.Set;
import org.cadretraining.shared.Role;

/** What an administrator may change on an existing account; its username stays as it is. */
record AccountChange(String displayName, Set<Role> roles, Long cadreId, Long liaisonUnitId, boolean enabled) {

    AccountChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
