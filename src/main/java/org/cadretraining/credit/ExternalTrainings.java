package org.cadretraining.credit;

import java.sql.Timestamp;
import java.time.Clock;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExternalTrainingRecords records;
    private final ExternalTrainingRights rights;
    private final ExternalTrainingCredit credit;
    private final CreditLedger ledger;
    private final long maxEvidenceBytes;

    ExternalTrainings(
            JdbcClient jdbc,
            Clock clock,
            ExternalTrainingRecords records,
            ExternalTrainingRights rights,
            ExternalTrainingCredit credit,
            CreditLedger ledger,
            @Value("${app.credit.evidence-max-bytes:5242880}") long maxEvidenceBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.records = records;
        this.rights = rights;
        this.credit = credit;
        this.ledger = ledger;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    @Transactional
    long declare(Declaration declaration, String fileName, byte[] content, CurrentUser user) {
        if (!rights.mayDeclareFor(declaration.cadreId(), user)) {
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
        ExternalTraining training = records.get(id);
        rights.requireUnitStep(training, user);
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
        ExternalTraining training = records.get(id);
        rights.requireDepartmentStep(training, user);
        move(
                id,
                ExternalStatus.UNIT_APPROVED,
                ExternalStatus.CONFIRMED,
                "confirmed_at = :now, confirmed_by = :by",
                user,
                null);
        ledger.record(credit.entries(training, user));
    }

    /** Rejects at the step the declaration is at, by whoever may take that step, with a reason. */
    @Transactional
    void reject(long id, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "credit.external.reasonRequired");
        }
        ExternalTraining training = records.get(id);
        String step;
        if (training.status() == ExternalStatus.DECLARED) {
            rights.requireUnitStep(training, user);
            step = "UNIT";
        } else if (training.status() == ExternalStatus.UNIT_APPROVED) {
            rights.requireDepartmentStep(training, user);
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

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
