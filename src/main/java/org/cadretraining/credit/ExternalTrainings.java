package org.cadretraining.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External training: declared with evidence by the cadre, a liaison of their unit or the organiser; approved by a
 * liaison of the cadre's unit; confirmed by the organisation department (an organiser), which writes the hours to
 * the ledger; or rejected with a reason at either step. Nobody approves or confirms their own training.
 */
@Service
class ExternalTrainings {

    private static final String COLUMNS = """
            t.id, t.cadre_id, c.name as cadre_name, c.staff_number, t.kind, t.title, t.provider, t.starts_on,
            t.ends_on, t.hours, t.status, t.declared_at, t.declared_by, t.unit_decided_at, t.unit_decided_by,
            t.confirmed_at, t.confirmed_by, t.rejected_at, t.rejected_by, t.rejected_step, t.rejection_reason,
            t.evidence_name, t.evidence_type, t.evidence_size
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrganisationDirectory directory;
    private final CreditScope scope;
    private final CreditLedger ledger;
    private final MessageSource messages;
    private final long maxEvidenceBytes;

    ExternalTrainings(
            JdbcClient jdbc,
            Clock clock,
            OrganisationDirectory directory,
            CreditScope scope,
            CreditLedger ledger,
            MessageSource messages,
            @Value("${app.credit.evidence-max-bytes:5242880}") long maxEvidenceBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.scope = scope;
        this.ledger = ledger;
        this.messages = messages;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    @Transactional
    long declare(Declaration declaration, String fileName, byte[] content, CurrentUser user) {
        if (!mayDeclareFor(declaration.cadreId(), user)) {
            throw DomainException.forbidden();
        }
        if (declaration.endsOn().isBefore(declaration.startsOn())) {
            throw DomainException.invalid("endsOn", "credit.external.datesOrder");
        }
        if (declaration.hours().isZero()) {
            throw DomainException.invalid("hours", "credit.external.hoursInvalid");
        }
        Evidence evidence = Evidence.checked(fileName, content, maxEvidenceBytes);
        return jdbc.sql("""
                        insert into external_training (cadre_id, kind, title, provider, starts_on, ends_on, hours,
                            status, declared_at, declared_by, evidence_name, evidence_type, evidence_size, evidence)
                        values (:cadre, :kind, :title, :provider, :startsOn, :endsOn, :hours, 'DECLARED', :now, :by,
                            :name, :type, :size, :content)
                        returning id
                        """)
                .param("cadre", declaration.cadreId())
                .param("kind", declaration.kind().name())
                .param("title", declaration.title().strip())
                .param("provider", declaration.provider().strip())
                .param("startsOn", declaration.startsOn())
                .param("endsOn", declaration.endsOn())
                .param("hours", declaration.hours().value())
                .param("now", now())
                .param("by", user.username())
                .param("name", evidence.name())
                .param("type", evidence.contentType())
                .param("size", evidence.content().length)
                .param("content", evidence.content())
                .query(Long.class)
                .single();
    }

    /** The unit's step: a liaison whose subtree holds the cadre approves. */
    @Transactional
    void approveByUnit(long id, CurrentUser user) {
        ExternalTraining training = get(id);
        requireUnitStep(training, user);
        move(
                id,
                ExternalStatus.DECLARED,
                ExternalStatus.UNIT_APPROVED,
                "unit_decided_at = :now, unit_decided_by = :by",
                user,
                null);
    }

    /** The organisation department's step: an organiser confirms, and the hours go to the ledger. */
    @Transactional
    void confirm(long id, CurrentUser user) {
        ExternalTraining training = get(id);
        requireDepartmentStep(training, user);
        move(
                id,
                ExternalStatus.UNIT_APPROVED,
                ExternalStatus.CONFIRMED,
                "confirmed_at = :now, confirmed_by = :by",
                user,
                null);
        ledger.record(entries(training, user));
    }

    /** Rejects at the step the declaration is at, by whoever may take that step, with a reason. */
    @Transactional
    void reject(long id, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "credit.external.reasonRequired");
        }
        ExternalTraining training = get(id);
        String step;
        if (training.status() == ExternalStatus.DECLARED) {
            requireUnitStep(training, user);
            step = "UNIT";
        } else if (training.status() == ExternalStatus.UNIT_APPROVED) {
            requireDepartmentStep(training, user);
            step = "DEPARTMENT";
        } else {
            throw DomainException.conflict(null, "credit.external.wrongStep");
        }
        move(
                id,
                training.status(),
                ExternalStatus.REJECTED,
                "rejected_at = :now, rejected_by = :by, rejected_step = '" + step + "', rejection_reason = :reason",
                user,
                reason.strip());
    }

    @Transactional(readOnly = true)
    ExternalTraining get(long id) {
        return jdbc.sql("select " + COLUMNS + " from external_training t join cadre c on c.id = t.cadre_id"
                        + " where t.id = :id")
                .param("id", id)
                .query(ExternalTrainings::training)
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
                .query(ExternalTrainings::training)
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
                .query(ExternalTrainings::training)
                .list();
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

    private void requireUnitStep(ExternalTraining training, CurrentUser user) {
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

    private void requireDepartmentStep(ExternalTraining training, CurrentUser user) {
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

    /** Moves the status only from the one expected, so two people acting at once cannot both succeed. */
    private void move(long id, ExternalStatus from, ExternalStatus to, String stamps, CurrentUser user, String reason) {
        var statement = jdbc.sql(
                        "update external_training set status = :to, " + stamps + " where id = :id and status = :from")
                .param("to", to.name())
                .param("from", from.name())
                .param("id", id)
                .param("now", now())
                .param("by", user.username());
        if (reason != null) {
            statement = statement.param("reason", reason);
        }
        if (statement.update() == 0) {
            throw DomainException.conflict(null, "credit.external.wrongStep");
        }
    }

    /**
     * The ledger entries for a confirmed declaration: one per calendar year it spans, the hours shared by the days
     * in each year (to the nearest quarter, the last year taking what is left so nothing is lost to rounding).
     */
    List<NewCreditEntry> entries(ExternalTraining training, CurrentUser user) {
        List<NewCreditEntry> entries = new ArrayList<>();
        LocalDate start = training.startsOn();
        LocalDate end = training.endsOn();
        long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
        CreditHours left = training.hours();
        boolean split = start.getYear() != end.getYear();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
            LocalDate to = year == end.getYear() ? end : LocalDate.of(year, 12, 31);
            CreditHours hours;
            if (year == end.getYear()) {
                hours = left;
            } else {
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                hours = CreditHours.nearestQuarter(training.hours()
                                .value()
                                .multiply(BigDecimal.valueOf(days))
                                .divide(BigDecimal.valueOf(totalDays), 6, RoundingMode.HALF_UP))
                        .min(left);
                left = left.minus(hours);
            }
            entries.add(new NewCreditEntry(
                    training.cadreId(),
                    to,
                    training.kind().category(),
                    training.kind().source(),
                    null,
                    "external-training:" + training.id() + (split ? ":" + year : ""),
                    hours,
                    new LocalizedText(
                            explanation(training, from, to, hours, Locale.SIMPLIFIED_CHINESE),
                            explanation(training, from, to, hours, Locale.ENGLISH)),
                    user.username()));
        }
        return entries;
    }

    private String explanation(
            ExternalTraining training, LocalDate from, LocalDate to, CreditHours hours, Locale locale) {
        return messages.getMessage(
                "credit.external.explanation",
                new Object[] {
                    messages.getMessage("credit.external.kind." + training.kind(), null, locale),
                    training.title(),
                    training.provider(),
                    from.toString(),
                    to.toString(),
                    hours.toString()
                },
                locale);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
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
