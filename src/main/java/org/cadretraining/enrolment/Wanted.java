package org.cadretraining.enrolment;

import org.cadretraining.shared.DomainException;

/**
 * One person asked for in a bulk step, as the organiser gave them: a cadre chosen from the directory, or a staff
 * number or name typed, pasted or read from a spreadsheet row ({@code row} counts from 1 as a spreadsheet shows).
 * The preview page carries these back on confirmation, so the same list is checked again.
 */
record Wanted(Integer row, Long cadreId, String text) {

    static Wanted chosen(long cadreId) {
        return new Wanted(null, cadreId, null);
    }

    static Wanted typed(String text) {
        return new Wanted(null, null, text);
    }

    static Wanted inRow(int row, String text) {
        return new Wanted(row, null, text);
    }

    /** As a form field: the row (or nothing), a bar, then {@code #id} or the text. */
    String encode() {
        return (row == null ? "" : row.toString()) + "|" + (cadreId != null ? "#" + cadreId : text);
    }

    static Wanted decode(String field) {
        int tab = field.indexOf('|');
        if (tab < 0) {
            throw DomainException.invalid("wanted", "enrolment.bulk.wanted.invalid");
        }
        try {
            Integer row = tab == 0 ? null : Integer.valueOf(field.substring(0, tab));
            String rest = field.substring(tab + 1);
            if (rest.startsWith("#")) {
                return new Wanted(row, Long.valueOf(rest.substring(1)), null);
            }
            return new Wanted(row, null, rest);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("wanted", "enrolment.bulk.wanted.invalid");
        }
    }
}
