package org.cadretraining.credit;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose credit a signed-in person may see: everyone's for administrators and organisers, the cadres of their
 * subtree for a unit liaison, their own for a cadre. The same rule as the organisation's directory, read from the
 * unit paths. Public for the sub-packages that report or record by subtree (credit.superior, credit.export).
 */
@Component
public class CreditScope {

    private final JdbcClient jdbc;

    CreditScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit path under which the person sees every cadre, "" for the whole institution, or null for none. */
    public String subtreeOf(CurrentUser user) {
        if (user.actsForInstitution()) {
            return "";
        }
        if (user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null) {
            return unitPath(user.liaisonUnitId());
        }
        return null;
    }

    /**
     * The path of the subtree to report on: the unit asked for, or the person's whole scope when none is asked for.
     * Refuses a unit outside the person's scope, and anyone without a subtree.
     */
    public String reportPath(Long unitId, CurrentUser user) {
        String scope = subtreeOf(user);
        if (scope == null) {
            throw DomainException.forbidden();
        }
        if (unitId == null) {
            return scope;
        }
        String path = unitPath(unitId);
        if (path == null) {
            throw DomainException.notFound("credit.unit.notFound");
        }
        if (!path.startsWith(scope)) {
            throw DomainException.forbidden();
        }
        return path;
    }

    boolean maySeeCadre(long cadreId, CurrentUser user) {
        if (user.cadreId() != null && user.cadreId() == cadreId) {
            return true;
        }
        String scope = subtreeOf(user);
        if (scope == null) {
            return false;
        }
        String path = jdbc.sql("select u.path from cadre c join unit u on u.id = c.unit_id where c.id = :id")
                .param("id", cadreId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("credit.cadre.notFound"));
        return path.startsWith(scope);
    }

    void requireCadre(long cadreId, CurrentUser user) {
        if (!maySeeCadre(cadreId, user)) {
            throw DomainException.forbidden();
        }
    }

    private String unitPath(long unitId) {
        return jdbc.sql("select path from unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
