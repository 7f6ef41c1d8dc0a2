package org.cadretraining.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * An entry to be written to a cadre's ledger. Its year is the year of {@code earnedOn}, so training across a year
 * boundary is written as one entry per day or item. {@code sourceRef} names what earned it (for a course's agenda
 * item {@code "agenda-item:<id>"}); the ledger keeps one entry per cadre, source and reference, so writing the same
 * entry again changes nothing. A full-time entry with hours counts the days from {@code trainingFrom} to {@code
 * earnedOn} as days of training (one day unless set with {@link #over}), unless it is training beside one's post
 * ({@link #onTheJob}); {@code ruleVersion} names the version of the rule that produced its hours and explanation
 * ({@link #byRule}), kept with the entry for good.
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
        String recordedBy,
        LocalDate trainingFrom,
        String ruleVersion,
        boolean onTheJob) {

    public NewCreditEntry {
        Objects.requireNonNull(earnedOn, "earnedOn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(recordedBy, "recordedBy");
        trainingFrom = trainingFrom == null || trainingFrom.isAfter(earnedOn) ? earnedOn : trainingFrom;
    }

    /** An entry for one day's training, produced by no versioned rule. */
    public NewCreditEntry(
            long cadreId,
            LocalDate earnedOn,
            CreditCategory category,
            CreditSource source,
            Long courseId,
            String sourceRef,
            CreditHours hours,
            LocalizedText explanation,
            String recordedBy) {
        this(
                cadreId,
                earnedOn,
                category,
                source,
                courseId,
                sourceRef,
                hours,
                explanation,
                recordedBy,
                null,
                null,
                false);
    }

    /** Whether the entry counts its days, {@code trainingFrom} to {@code earnedOn}, as days of full-time training. */
    public boolean countsTrainingDays() {
        return !onTheJob && category == CreditCategory.FULL_TIME && !hours.isZero();
    }

    /** The same entry covering the days of training from {@code firstDay} to its day. */
    public NewCreditEntry over(LocalDate firstDay) {
        return with(firstDay, ruleVersion, onTheJob);
    }

    /** The same entry, produced by the given version of a rule. */
    public NewCreditEntry byRule(String version) {
        return with(trainingFrom, version, onTheJob);
    }

    /**
     * The same entry as training beside one's post (在职: evenings, weekends): its hours are kept, but its day is not
     * a day of full-time training, so two evening hours never pass for a full day toward "or N days".
     */
    public NewCreditEntry asOnTheJob() {
        return with(trainingFrom, ruleVersion, true);
    }

    private NewCreditEntry with(LocalDate firstDay, String version, boolean besideThePost) {
        return new NewCreditEntry(
                cadreId,
                earnedOn,
                category,
                source,
                courseId,
                sourceRef,
                hours,
                explanation,
                recordedBy,
                firstDay,
                version,
                besideThePost);
    }
}
