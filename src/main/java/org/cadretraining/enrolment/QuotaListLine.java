package org.cadretraining.enrolment;

import java.util.List;
import org.cadretraining.shared.LocalizedText;

/**
 * What a list of places per unit does (or did) with one line: give a unit places, change them, leave them as they
 * are, or nothing because the line is wrong, with the sentence that says so ({@code messageKey} and arguments).
 * {@code unitId} and {@code unit} are null when the line names no unit; {@code before} is null when the unit had
 * no places in the course.
 */
record QuotaListLine(
        QuotaList.Given given,
        Long unitId,
        LocalizedText unit,
        Integer before,
        Integer places,
        Outcome outcome,
        String messageKey,
        List<Object> arguments) {

    enum Outcome {
        NEW,
        CHANGE,
        SAME,
        REFUSE
    }

    static QuotaListLine refused(QuotaList.Given given, String messageKey, Object... arguments) {
        return new QuotaListLine(given, null, null, null, null, Outcome.REFUSE, messageKey, List.of(arguments));
    }

    static QuotaListLine of(QuotaList.Given given, long unitId, LocalizedText unit, Integer before, int places) {
        Outcome outcome = before == null ? Outcome.NEW : before == places ? Outcome.SAME : Outcome.CHANGE;
        return new QuotaListLine(
                given,
                unitId,
                unit,
                before,
                places,
                outcome,
                "enrolment.quotaList." + outcome,
                before == null ? List.of(places) : List.of(before, places));
    }

    QuotaListLine refusing(String key, Object... args) {
        return new QuotaListLine(given, unitId, unit, before, places, Outcome.REFUSE, key, List.of(args));
    }

    /** The arguments of the sentence, as a message source takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
