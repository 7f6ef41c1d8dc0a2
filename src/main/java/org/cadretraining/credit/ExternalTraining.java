package org.cadretraining.credit;

import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;

/** A declaration of external training with every step it went through: who, when and, for a rejection, why. */
record ExternalTraining(
        long id,
        long cadreId,
        String cadreName,
        String staffNumber,
        ExternalKind kind,
        String title,
        String provider,
        LocalDate startsOn,
        LocalDate endsOn,
        CreditHours hours,
        ExternalStatus status,
        Instant declaredAt,
        String declaredBy,
        Instant unitDecidedAt,
        String unitDecidedBy,
        Instant confirmedAt,
        String confirmedBy,
        Instant rejectedAt,
        String rejectedBy,
        String rejectedStep,
        String rejectionReason,
        String evidenceName,
        String evidenceType,
        int evidenceSize) {}
