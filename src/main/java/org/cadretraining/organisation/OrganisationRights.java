package org.cadretraining.organisation;

import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What a person may change in the organisation, for the parts of this module that live in nested packages (the
 * import) and cannot see its scope rules directly.
 */
@Component
public class OrganisationRights {

    private final Access access;

    OrganisationRights(Access access) {
        this.access = access;
    }

    /** Only administrators and organisers change the unit tree. */
    public boolean mayChangeUnitTree(CurrentUser user) {
        return user.actsForInstitution();
    }

    /**
     * The path prefix of the units in which the person may create and change cadres: {@code "/"} for the whole
     * tree, a subtree such as {@code "/1/5/"} for a unit liaison, nothing for everyone else. A unit is covered when
     * its path starts with the prefix.
     */
    public Optional<String> cadreSubtree(CurrentUser user) {
        Scope scope = access.scope(user);
        if (scope.everything()) {
            return Optional.of("/");
        }
        return Optional.ofNullable(scope.subtreePath());
    }
}
