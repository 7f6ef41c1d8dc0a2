package org.cadretraining.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An agenda item as entered on the page or sent to the API. The main speaker is chosen by {@code speakerKind}: a
 * lecturer of the register by id, a cadre by staff number, or a name as text; without a kind, the first of these
 * given is taken. Further speakers (a panel, an exchange, a ceremony where several speak) are {@code speakers}, in
 * order; blank rows are ignored. The presider (主持人) is chosen the same way. A blank {@code creditOverride} leaves
 * the 学时 to the institution's rule. For HOMEWORK, {@code day} and {@code endsAt} give the due time and
 * {@code startsAt} is ignored.
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
        @DecimalMin("0") @DecimalMax("24") BigDecimal creditOverride,
        @Size(max = 300) String speakerTopicZh,
        @Size(max = 300) String speakerTopicEn,
        @Size(max = 30) List<@Valid PersonForm> speakers,
        SpeakerKind presiderKind,
        Long presiderLecturerId,
        @Size(max = 32) String presiderStaffNumber,
        @Size(max = 200) String presiderText,
        Boolean sharesSitting) {

    /** Blank rows for further speakers that the page offers beyond those entered. */
    static final int BLANK_SPEAKER_ROWS = 3;

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
                null,
                "",
                "",
                List.of(),
                SpeakerKind.NONE,
                null,
                "",
                "",
                false);
    }

    /** The form of a saved item; {@code staffNumberOf} gives a cadre's staff number by their id. */
    static AgendaItemForm of(AgendaItemDetails details, Function<Long, String> staffNumberOf) {
        Speaker speaker = details.speaker();
        Speaker presider = details.presider();
        return new AgendaItemForm(
                details.type(),
                details.day(),
                details.startsAt(),
                details.endsAt(),
                details.siteId(),
                speaker.kind(),
                speaker.lecturerId(),
                staffNumber(speaker, staffNumberOf),
                speaker.text(),
                details.title().zh(),
                details.title().en(),
                details.mandatory(),
                details.creditOverride() == null
                        ? null
                        : details.creditOverride().value(),
                speaker.topic().zh(),
                speaker.topic().en(),
                details.speakers().stream()
                        .skip(1)
                        .map(s -> PersonForm.of(s, staffNumber(s, staffNumberOf)))
                        .toList(),
                presider.kind(),
                presider.lecturerId(),
                staffNumber(presider, staffNumberOf),
                presider.text(),
                details.sharesSitting());
    }

    /** The rows the page shows for further speakers: those entered and a few blank ones to add more. */
    List<PersonForm> speakerRows() {
        List<PersonForm> rows = new ArrayList<>(speakers == null ? List.of() : speakers);
        while (!rows.isEmpty() && rows.getLast().isBlank()) {
            rows.removeLast();
        }
        for (int i = 0; i < BLANK_SPEAKER_ROWS; i++) {
            rows.add(PersonForm.empty());
        }
        return rows;
    }

    /** Whether the fields a check needs are there (the htmx check runs on half-filled forms too). */
    boolean complete() {
        return type != null && day != null && startsAt != null && endsAt != null;
    }

    AgendaItemDetails toDetails(PersonForm.CadreLookup cadres) {
        return toDetails(cadres, true);
    }

    /**
     * The item; without {@code withPeople} nobody speaks or presides, to check its time while the people are still
     * being filled in.
     */
    AgendaItemDetails toDetails(PersonForm.CadreLookup cadres, boolean withPeople) {
        if (creditOverride != null && !CreditHours.isValid(creditOverride)) {
            throw DomainException.invalid("creditOverride", "course.hours.quarter");
        }
        return new AgendaItemDetails(
                type,
                day,
                startsAt,
                endsAt,
                siteId,
                withPeople ? speakers(cadres) : List.of(),
                withPeople ? presider(cadres) : Speaker.NONE,
                new LocalizedText(titleZh, titleEn),
                mandatory == null || mandatory,
                creditOverride == null ? null : CreditHours.of(creditOverride),
                sharesSitting != null && sharesSitting);
    }

    private List<Speaker> speakers(PersonForm.CadreLookup cadres) {
        Speaker main = PersonForm.person(
                        speakerKind,
                        speakerLecturerId,
                        speakerStaffNumber,
                        speakerText,
                        new String[] {"speakerLecturerId", "speakerStaffNumber", "speakerText"},
                        cadres)
                .about(new LocalizedText(speakerTopicZh, speakerTopicEn));
        List<PersonForm> further = speakers == null ? List.of() : speakers;
        List<Speaker> more = new ArrayList<>();
        for (int i = 0; i < further.size(); i++) {
            more.add(further.get(i).toSpeaker(i, cadres));
        }
        return Stream.concat(Stream.of(main), more.stream()).toList();
    }

    private Speaker presider(PersonForm.CadreLookup cadres) {
        return PersonForm.person(
                presiderKind,
                presiderLecturerId,
                presiderStaffNumber,
                presiderText,
                new String[] {"presiderLecturerId", "presiderStaffNumber", "presiderText"},
                cadres);
    }

    private static String staffNumber(Speaker person, Function<Long, String> staffNumberOf) {
        return person.cadreId() == null ? "" : staffNumberOf.apply(person.cadreId());
    }
}
