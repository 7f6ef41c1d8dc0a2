package org.cadretraining.enrolment;

import java.util.List;
import org.cadretraining.organisation.CadreFinder.FoundCadre;

/**
 * What a bulk step does (or did) with one person asked for: enrol them, put them on the waiting list, or refuse
 * them, with the sentence that says why ({@code messageKey} and its arguments). {@code cadre} is null when the
 * line named nobody, or more than one.
 */
record BulkLine(Wanted wanted, FoundCadre cadre, Outcome outcome, String messageKey, List<Object> arguments) {

    enum Outcome {
        ENROL,
        WAITLIST,
        REFUSE
    }

    static BulkLine refused(Wanted wanted, FoundCadre cadre, String messageKey, Object... arguments) {
        return new BulkLine(wanted, cadre, Outcome.REFUSE, messageKey, List.of(arguments));
    }

    /** The typed text or the spreadsheet row, as the person wrote it; blank for a choice from the directory. */
    String given() {
        return wanted.text() == null ? "" : wanted.text();
    }
}
