package org.cadretraining.enrolment;

import java.util.List;
import org.cadretraining.shared.PastedNames;

/**
 * Staff numbers or names pasted into a text box, split by the one rule for pastes ({@link PastedNames}): by lines,
 * tabs, commas, semicolons, 、 and spaces, a space inside a name kept.
 */
final class PastedList {

    private PastedList() {}

    static List<Wanted> parse(String text) {
        return PastedNames.split(text).stream().map(Wanted::typed).toList();
    }

    /** Strips ASCII, full-width (U+3000) and no-break spaces, which {@link String#strip()} partly misses. */
    static String strip(String entry) {
        return entry.replace('\u00A0', ' ').replace('\uFEFF', ' ').strip();
    }
}
