package org.cadretraining.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** External training declarations as read: one, its evidence, a cadre's, and those a person may see. */
@Component
class ExternalTrainingRecords {

    private static final String COLUMNS = """
            t.id, t.cadre_id, c.name as cadre_name, c.staff_number, t.kind, t.title, t.provider, t.starts_on,
            t.ends_on, t.hours, t.status, t.declared_at, t.declared_by, t.unit_decided_at, t.unit_decided_by,
            t.confirmed_at, t.confirmed_by, t.rejected_at, t.rejected_by, t.rejected_step, t.rejection_reason,
            t.evidence_name, t.evidence_type, t.evidence_size
            """;

    private final JdbcClient jdbc;
    private final CreditScope scope;

    ExternalTrainingRecords(JdbcClient jdbc, CreditScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    ExternalTraining get(long id) {
        return jdbc.sql("select " + COLUMNS + " from external_training t join cadre c on c.id = t.cadre_id"
                        + " where t.id = :id")
                .param("id", id)
                .query(ExternalTrainingRecords::training)
                .optional()
                .orElseThrow(() -> DomainException.notFound("credit.external.notFound"));
    }

    /** A declaration the person may see: their own, their subtree's, or any for the institution. */
    @Transactional(readOnly = true)
    ExternalTraining visible(long id, CurrentUser user) {
        ExternalTraining training = get(id);
        if (!scope.maySeeCadre(training.cadreId(), user)) {
            throw DomainException.forbidden();
        }
        return training;
    }

    @Transactional(readOnly = true)
    Evidence evidence(long id, CurrentUser user) {
        ExternalTraining training = visible(id, user);
        byte[] content = jdbc.sql("select evidence from external_training where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        return new Evidence(training.evidenceName(), training.evidenceType(), content);
    }

    @Transactional(readOnly = true)
    List<ExternalTraining> ofCadre(long cadreId) {
        return jdbc.sql("select " + COLUMNS + " from external_training t join cadre c on c.id = t.cadre_id"
                        + " where t.cadre_id = :cadre order by t.declared_at desc, t.id desc")
                .param("cadre", cadreId)
                .query(ExternalTrainingRecords::training)
                .list();
    }

    /** The latest declarations the person may see, those waiting for them first. */
    @Transactional(readOnly = true)
    List<ExternalTraining> visibleTo(CurrentUser user) {
        String subtree = scope.subtreeOf(user);
        if (subtree == null) {
            return user.cadreId() == null ? List.of() : ofCadre(user.cadreId());
        }
        String waiting = user.has(Role.ORGANISER) ? "UNIT_APPROVED" : user.has(Role.UNIT_LIAISON) ? "DECLARED" : "";
        return jdbc.sql("select " + COLUMNS + " from external_training t join cadre c on c.id = t.cadre_id"
                        + " join unit u on u.id = c.unit_id where u.path like :path"
                        + " order by (t.status = :waiting) desc, t.declared_at desc, t.id desc limit 200")
                .param("path", subtree + "%")
                .param("waiting", waiting)
                .query(ExternalTrainingRecords::training)
                .list();
    }

    private static ExternalTraining training(ResultSet rs, int row) throws SQLException {
        return new ExternalTraining(
                rs.getLong("id"),
                rs.getLong("cadre_id"),
                rs.getString("cadre_name"),
                rs.getString("staff_number"),
                ExternalKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("provider"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                CreditHours.of(rs.getBigDecimal("hours")),
                ExternalStatus.valueOf(rs.getString("status")),
                instant(rs, "declared_at"),
                rs.getString("declared_by"),
                instant(rs, "unit_decided_at"),
                rs.getString("unit_decided_by"),
                instant(rs, "confirmed_at"),
                rs.getString("confirmed_by"),
                instant(rs, "rejected_at"),
                rs.getString("rejected_by"),
                rs.getString("rejected_step"),
                rs.getString("rejection_reason"),
                rs.getString("evidence_name"),
                rs.getString("evidence_type"),
                rs.getInt("evidence_size"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
