package org.cadretraining.organisation;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Component;

/** Decides what part of the organisation the signed-in person may see and change. */
@Component
class Access {

    private final UnitRepository units;

    Access(UnitRepository units) {
        this.units = units;
    }

    Scope scope(CurrentUser user) {
        if (user.actsForInstitution()) {
            return Scope.all();
        }
        if (user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null) {
            return units.findById(user.liaisonUnitId())
                    .map(unit -> Scope.subtree(unit.path()))
                    .orElse(Scope.NOTHING);
        }
        if (user.cadreId() != null) {
            return Scope.ownRecord(user.cadreId());
        }
        return Scope.NOTHING;
    }

    Scope directoryScope(CurrentUser user) {
        Scope scope = scope(user);
        if (!scope.maySeeDirectory()) {
            throw DomainException.forbidden();
        }
        return scope;
    }

    void requireUnitAdministration(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }

    /** A liaison may only place cadres in units of their own subtree. */
    void requireUnitInScope(Scope scope, Unit unit) {
        if (!scope.coversUnit(unit.path())) {
            throw DomainException.invalid("unitId", "organisation.unit.outOfScope");
        }
    }
}
