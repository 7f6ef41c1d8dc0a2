package org.cadretraining.report.statistics;

import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose figures a person may read: the whole institution for administrators and organisers, the subtree of their
 * unit for a unit liaison, nothing for anyone else. A unit asked for must lie within that scope.
 */
@Component
class StatisticsScope {

    /** A unit that may be chosen, with its depth below the tree's root for indenting. */
    record UnitChoice(long id, LocalizedText name, int depth) {

        /** Non-breaking spaces that set a unit under its parent in a list. */
        public String indent() {
            return "\u00a0\u00a0".repeat(Math.max(depth, 0));
        }
    }

    private final JdbcClient jdbc;

    StatisticsScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit path to report on ("" for the whole institution); refuses a unit outside the person's scope. */
    String pathFor(Long unitId, CurrentUser user) {
        String scope = scopeOf(user);
        if (unitId == null) {
            return scope;
        }
        String path = unitPath(unitId);
        if (path == null) {
            throw DomainException.notFound("report.statistics.unit.notFound");
        }
        if (!path.startsWith(scope)) {
            throw DomainException.forbidden();
        }
        return path;
    }

    /** The person's whole scope, refused to anyone who looks after no unit. */
    String scopeOf(CurrentUser user) {
        if (user.actsForInstitution()) {
            return "";
        }
        if (user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null) {
            String path = unitPath(user.liaisonUnitId());
            if (path != null) {
                return path;
            }
        }
        throw DomainException.forbidden();
    }

    static boolean mayRead(CurrentUser user) {
        return user.actsForInstitution() || (user.has(Role.UNIT_LIAISON) && user.liaisonUnitId() != null);
    }

    /** The active units of the person's scope, in tree order. */
    List<UnitChoice> units(CurrentUser user) {
        return jdbc.sql("""
                        select id, name_zh, name_en, path from unit
                        where active and path like :path order by path
                        """)
                .param("path", scopeOf(user) + "%")
                .query((rs, n) -> new UnitChoice(
                        rs.getLong("id"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        (int) rs.getString("path").chars().filter(c -> c == '/').count() - 2))
                .list();
    }

    private String unitPath(long unitId) {
        return jdbc.sql("select path from unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
