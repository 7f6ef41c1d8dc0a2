package org.cadretraining.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the text of attendance forms that take every field as text (the past course's lines, the paper sheet's
 * rows): a value the page cannot read becomes null (or the caller's stand-in), for the plan to name next to its row.
 */
final class FormText {

    private FormText() {}

    static Long number(String text, Long otherwise) {
        try {
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException unreadable) {
            return otherwise;
        }
    }

    static LocalTime time(String text) {
        try {
            return text.isEmpty() ? null : LocalTime.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static PastStatus status(String text) {
        try {
            return text.isEmpty() ? null : PastStatus.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
