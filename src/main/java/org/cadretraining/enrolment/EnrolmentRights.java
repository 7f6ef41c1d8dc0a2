package org.cadretraining.enrolment;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;

/** Who may do what with places: organisers decide, a unit liaison nominates for their own unit. */
final class EnrolmentRights {

    private EnrolmentRights() {}

    static void requireOrganiser(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }

    static boolean isLiaison(CurrentUser user) {
        return user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null;
    }

    /** The unit whose quota the liaison nominates against. */
    static long requireLiaison(CurrentUser user) {
        if (!isLiaison(user)) {
            throw DomainException.forbidden();
        }
        return user.liaisonUnitId();
    }

    static void requireActsForQuota(CurrentUser user, Enrolment enrolment) {
        if (!isLiaison(user) || !user.liaisonUnitId().equals(enrolment.quotaUnitId())) {
            throw DomainException.forbidden();
        }
    }
}
