package org.cadretraining.plan;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;

/**
 * Who may do what with the plan: organisers and administrators (acting for the institution) draft, submit, record
 * the approval and change it; unit liaisons read it with their unit's places; cadres see nothing of it.
 */
final class PlanRights {

    private PlanRights() {}

    static boolean mayEdit(CurrentUser user) {
        return user.actsForInstitution();
    }

    static void requireEditor(CurrentUser user) {
        if (!mayEdit(user)) {
            throw DomainException.forbidden();
        }
    }

    static boolean mayRead(CurrentUser user) {
        return mayEdit(user) || (user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null);
    }

    static void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw DomainException.forbidden();
        }
    }
}
