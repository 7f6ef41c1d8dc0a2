package org.cadretraining.credit;

import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may take each step of an external training: the cadre, a liaison of their unit or an organiser declares; a
 * liaison whose subtree holds the cadre approves; an organiser confirms; nobody approves or confirms their own.
 */
@Component
class ExternalTrainingRights {

    private final OrganisationDirectory directory;

    ExternalTrainingRights(OrganisationDirectory directory) {
        this.directory = directory;
    }

    boolean mayDeclareFor(long cadreId, CurrentUser user) {
        if (user.cadreId() != null && user.cadreId() == cadreId) {
            return true;
        }
        if (user.has(Role.ORGANISER) || user.has(Role.ADMINISTRATOR)) {
            return true;
        }
        return isLiaisonOf(cadreId, user);
    }

    boolean mayApproveForUnit(ExternalTraining training, CurrentUser user) {
        return training.status() == ExternalStatus.DECLARED
                && isLiaisonOf(training.cadreId(), user)
                && !own(training, user);
    }

    boolean mayConfirm(ExternalTraining training, CurrentUser user) {
        return training.status() == ExternalStatus.UNIT_APPROVED && user.has(Role.ORGANISER) && !own(training, user);
    }

    private boolean isLiaisonOf(long cadreId, CurrentUser user) {
        return user.has(Role.UNIT_LIAISON)
                && user.liaisonUnitId() != null
                && directory.isCadreWithinUnit(cadreId, user.liaisonUnitId());
    }

    private static boolean own(ExternalTraining training, CurrentUser user) {
        return user.cadreId() != null && user.cadreId() == training.cadreId();
    }

    void requireUnitStep(ExternalTraining training, CurrentUser user) {
        if (!isLiaisonOf(training.cadreId(), user)) {
            throw DomainException.forbidden();
        }
        if (own(training, user)) {
            throw DomainException.conflict(null, "credit.external.ownDeclaration");
        }
        if (training.status() != ExternalStatus.DECLARED) {
            throw DomainException.conflict(null, "credit.external.wrongStep");
        }
    }

    void requireDepartmentStep(ExternalTraining training, CurrentUser user) {
        if (!user.has(Role.ORGANISER)) {
            throw DomainException.forbidden();
        }
        if (own(training, user)) {
            throw DomainException.conflict(null, "credit.external.ownDeclaration");
        }
        if (training.status() != ExternalStatus.UNIT_APPROVED) {
            throw DomainException.conflict(null, "credit.external.wrongStep");
        }
    }
}
