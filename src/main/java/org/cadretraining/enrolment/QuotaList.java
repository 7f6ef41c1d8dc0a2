package org.cadretraining.enrolment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;

/**
 * Places per unit as an organiser gives them many at once: pasted, one unit a line (its name or code, then the
 * places, separated by a tab as a spreadsheet copies them, a comma or spaces), or a spreadsheet (first sheet, a
 * heading row, the unit in column A and the places in column B). Every non-blank line or row is kept with its
 * number, so that the preview can say what is wrong with it.
 */
final class QuotaList {

    /** A line as given: its number (the spreadsheet's row, the paste's line; null when made by the page). */
    record Given(Integer row, String unit, String places) {

        /** As a hidden form field, carried from the preview to its confirmation. */
        String encode() {
            return (row == null ? "" : row) + "\t" + unit + "\t" + places;
        }

        static Given decode(String field) {
            String[] parts = field.split("\t", 3);
            if (parts.length != 3) {
                throw DomainException.invalid("given", "enrolment.bulk.wanted.invalid");
            }
            try {
                return new Given(parts[0].isEmpty() ? null : Integer.valueOf(parts[0]), parts[1], parts[2]);
            } catch (NumberFormatException e) {
                throw DomainException.invalid("given", "enrolment.bulk.wanted.invalid");
            }
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\t,，;；]");
    private static final Pattern LAST_SPACES = Pattern.compile("[\\s\\u3000]+(?=\\S+$)");

    private QuotaList() {}

    static List<Given> parse(String text) {
        List<Given> given = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = PastedList.strip(lines[n].replace('\u3000', ' '));
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = SEPARATORS.split(line, 2);
            if (parts.length == 1) {
                parts = LAST_SPACES.split(line, 2);
            }
            given.add(new Given(n + 1, PastedList.strip(parts[0]), parts.length > 1 ? PastedList.strip(parts[1]) : ""));
        }
        return given;
    }

    static List<Given> read(InputStream in) {
        return XlsxList.twoColumns(in).stream()
                .map(row -> new Given(row.number(), row.first(), row.second()))
                .toList();
    }

    static void writeTemplate(OutputStream out, MessageSource messages, Locale locale) throws IOException {
        XlsxList.writeHeadings(
                out,
                messages.getMessage("enrolment.quotaList.sheet", null, locale),
                messages.getMessage("enrolment.quotaList.unitColumn", null, locale),
                messages.getMessage("enrolment.quota.places", null, locale),
                30);
    }
}
