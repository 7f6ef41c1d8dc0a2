package org.cadretraining.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * An entry to be written to a cadre's ledger. Its year is the year of {@code earnedOn}, so training across a year
 * boundary is written as one entry per day or item. {@code sourceRef} names what earned it (for a course's agenda
 * item {@code "agenda-item:<id>"}); the ledger keeps one entry per cadre, source and reference, so writing the same
 * entry again changes nothing.
 */
public record NewCreditEntry(
        long cadreId,
        LocalDate earnedOn,
        CreditCategory category,
        CreditSource source,
        Long courseId,
        String sourceRef,
        CreditHours hours,
        LocalizedText explanation,
        String recordedBy) {

    public NewCreditEntry {
        Objects.requireNonNull(earnedOn, "earnedOn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
