package org.cadretraining.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An agenda item as entered on the page or sent to the API. The speaker is chosen by {@code speakerKind}: a
 * lecturer of the register by id, a cadre by staff number, or a name as text; without a kind, the first of these
 * given is taken. A blank {@code creditOverride} leaves the 学时 to the institution's rule.
 */
record AgendaItemForm(
        @NotNull AgendaItemType type,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate day,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime startsAt,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime endsAt,

        Long siteId,
        SpeakerKind speakerKind,
        Long speakerLecturerId,
        @Size(max = 32) String speakerStaffNumber,
        @Size(max = 200) String speakerText,
        @Size(max = 300) String titleZh,
        @Size(max = 300) String titleEn,
        Boolean mandatory,
        @DecimalMin("0") @DecimalMax("24") BigDecimal creditOverride) {

    static AgendaItemForm empty(LocalDate day) {
        return new AgendaItemForm(
                AgendaItemType.LECTURE,
                day,
                LocalTime.of(9, 0),
                LocalTime.of(11, 30),
                null,
                SpeakerKind.LECTURER,
                null,
                "",
                "",
                "",
                "",
                true,
                null);
    }

    static AgendaItemForm of(AgendaItemDetails details, String staffNumber) {
        Speaker speaker = details.speaker();
        return new AgendaItemForm(
                details.type(),
                details.day(),
                details.startsAt(),
                details.endsAt(),
                details.siteId(),
                speaker.kind(),
                speaker.lecturerId(),
                staffNumber,
                speaker.text(),
                details.title().zh(),
                details.title().en(),
                details.mandatory(),
                details.creditOverride() == null
                        ? null
                        : details.creditOverride().value());
    }

    /** The same item with nobody speaking, to check its time while the speaker is still being filled in. */
    AgendaItemForm withoutSpeaker() {
        return new AgendaItemForm(
                type,
                day,
                startsAt,
                endsAt,
                siteId,
                SpeakerKind.NONE,
                null,
                "",
                "",
                titleZh,
                titleEn,
                mandatory,
                creditOverride);
    }

    /** Whether the fields a check needs are there (the htmx check runs on half-filled forms too). */
    boolean complete() {
        return type != null && day != null && startsAt != null && endsAt != null;
    }

    AgendaItemDetails toDetails(Function<String, Long> cadreIdByStaffNumber) {
        if (creditOverride != null && !CreditHours.isValid(creditOverride)) {
            throw DomainException.invalid("creditOverride", "course.hours.quarter");
        }
        return new AgendaItemDetails(
                type,
                day,
                startsAt,
                endsAt,
                siteId,
                speaker(cadreIdByStaffNumber),
                new LocalizedText(titleZh, titleEn),
                mandatory == null || mandatory,
                creditOverride == null ? null : CreditHours.of(creditOverride));
    }

    private Speaker speaker(Function<String, Long> cadreIdByStaffNumber) {
        String staffNumber = speakerStaffNumber == null ? "" : speakerStaffNumber.strip();
        String text = speakerText == null ? "" : speakerText.strip();
        SpeakerKind kind = speakerKind != null ? speakerKind : inferredKind(staffNumber, text);
        return switch (kind) {
            case LECTURER -> {
                if (speakerLecturerId == null) {
                    throw DomainException.invalid("speakerLecturerId", "course.agenda.speaker.lecturerRequired");
                }
                yield Speaker.lecturer(speakerLecturerId);
            }
            case CADRE -> {
                if (staffNumber.isEmpty()) {
                    throw DomainException.invalid("speakerStaffNumber", "course.agenda.speaker.cadreRequired");
                }
                yield Speaker.cadre(cadreIdByStaffNumber.apply(staffNumber));
            }
            case TEXT -> {
                if (text.isEmpty()) {
                    throw DomainException.invalid("speakerText", "course.agenda.speaker.textRequired");
                }
                yield Speaker.named(text);
            }
            case NONE -> Speaker.NONE;
        };
    }

    private SpeakerKind inferredKind(String staffNumber, String text) {
        if (speakerLecturerId != null) {
            return SpeakerKind.LECTURER;
        }
        if (!staffNumber.isEmpty()) {
            return SpeakerKind.CADRE;
        }
        return text.isEmpty() ? SpeakerKind.NONE : SpeakerKind.TEXT;
    }
}
