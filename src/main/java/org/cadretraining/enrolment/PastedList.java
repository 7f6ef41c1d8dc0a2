package org.cadretraining.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Staff numbers or names pasted into a text box: one a line, as a spreadsheet column is copied, or several on a
 * line separated by tabs, commas, semicolons or 、 (ASCII or full width). Blank lines and spaces around an entry,
 * full-width ones included, are ignored.
 */
final class PastedList {

    private static final Pattern SEPARATORS = Pattern.compile("[\\t,，;；、]");

    private PastedList() {}

    static List<Wanted> parse(String text) {
        List<Wanted> wanted = new ArrayList<>();
        if (text == null) {
            return wanted;
        }
        for (String line : text.split("\\R")) {
            for (String entry : SEPARATORS.split(line)) {
                String clean = strip(entry);
                if (!clean.isEmpty()) {
                    wanted.add(Wanted.typed(clean));
                }
            }
        }
        return wanted;
    }

    /** Strips ASCII, full-width (U+3000) and no-break spaces, which {@link String#strip()} partly misses. */
    static String strip(String entry) {
        return entry.replace('\u00A0', ' ').replace('\uFEFF', ' ').strip();
    }
}
