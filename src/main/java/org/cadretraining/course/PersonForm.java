package org.cadretraining.course;

import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;

/**
 * A further speaker of an agenda item as entered (a panel member, one of several at an exchange or a ceremony): a
 * lecturer by id, a cadre by staff number or a name, with an optional topic. A row left blank is nobody.
 */
record PersonForm(
        SpeakerKind kind,
        Long lecturerId,
        @Size(max = 32) String staffNumber,
        @Size(max = 200) String text,
        @Size(max = 300) String topicZh,
        @Size(max = 300) String topicEn) {

    /** Finds a cadre by staff number, refusing an unknown one next to the given field. */
    @FunctionalInterface
    interface CadreLookup {
        Long cadreId(String field, String staffNumber);
    }

    static PersonForm empty() {
        return new PersonForm(SpeakerKind.NONE, null, "", "", "", "");
    }

    /** Whether nothing was entered in the row. */
    boolean isBlank() {
        return lecturerId == null
                && Stream.of(staffNumber, text, topicZh, topicEn).allMatch(s -> s == null || s.isBlank());
    }

    static PersonForm of(Speaker speaker, String staffNumber) {
        return new PersonForm(
                speaker.kind(),
                speaker.lecturerId(),
                staffNumber,
                speaker.text(),
                speaker.topic().zh(),
                speaker.topic().en());
    }

    /** The speaker of row {@code index}, errors named after the row's fields. */
    Speaker toSpeaker(int index, CadreLookup cadres) {
        String prefix = "speakers[" + index + "].";
        return person(
                        kind,
                        lecturerId,
                        staffNumber,
                        text,
                        new String[] {prefix + "lecturerId", prefix + "staffNumber", prefix + "text"},
                        cadres)
                .about(new LocalizedText(topicZh, topicEn));
    }

    /**
     * A person chosen by {@code kind}: a lecturer of the register, a cadre by staff number, or a name; without a
     * kind, the first of these given. {@code fields} name the lecturer, staff number and name fields for errors.
     */
    static Speaker person(
            SpeakerKind kind, Long lecturerId, String staffNumber, String text, String[] fields, CadreLookup cadres) {
        String number = staffNumber == null ? "" : staffNumber.strip();
        String name = text == null ? "" : text.strip();
        SpeakerKind chosen = kind != null ? kind : inferred(lecturerId, number, name);
        return switch (chosen) {
            case LECTURER -> {
                if (lecturerId == null) {
                    throw DomainException.invalid(fields[0], "course.agenda.speaker.lecturerRequired");
                }
                yield Speaker.lecturer(lecturerId);
            }
            case CADRE -> {
                if (number.isEmpty()) {
                    throw DomainException.invalid(fields[1], "course.agenda.speaker.cadreRequired");
                }
                yield Speaker.cadre(cadres.cadreId(fields[1], number));
            }
            case TEXT -> {
                if (name.isEmpty()) {
                    throw DomainException.invalid(fields[2], "course.agenda.speaker.textRequired");
                }
                yield Speaker.named(name);
            }
            case NONE -> Speaker.NONE;
        };
    }

    private static SpeakerKind inferred(Long lecturerId, String staffNumber, String text) {
        if (lecturerId != null) {
            return SpeakerKind.LECTURER;
        }
        if (!staffNumber.isEmpty()) {
            return SpeakerKind.CADRE;
        }
        return text.isEmpty() ? SpeakerKind.NONE : SpeakerKind.TEXT;
    }
}
