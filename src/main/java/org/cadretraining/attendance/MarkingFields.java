package org.cadretraining.attendance;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.cadretraining.shared.DomainException;

/** The fields of the organiser's marking forms, read as typed: each problem names its field. */
final class MarkingFields {

    private MarkingFields() {}

    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("time", "attendance.time.invalid");
        }
    }

    static String reason(String text) {
        if (text.isBlank()) {
            throw DomainException.invalid("reason", "attendance.reason.required");
        }
        return text;
    }

    static AttendanceMarking.Decision decision(String status) {
        return switch (status) {
            case "PRESENT" -> AttendanceMarking.Decision.PRESENT;
            case "ABSENT" -> AttendanceMarking.Decision.ABSENT;
            default -> throw DomainException.invalid("status", "attendance.decision.required");
        };
    }

    static long cadre(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("cadreId", "attendance.cadre.required");
        }
    }
}
