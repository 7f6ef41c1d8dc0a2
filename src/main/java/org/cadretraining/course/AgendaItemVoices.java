package org.cadretraining.course;

import org.cadretraining.shared.LocalizedText;

/**
 * Who speaks at an agenda item first and who presides, as the item's own columns (embedded in {@link AgendaItem});
 * further speakers are rows of their own ({@link AgendaItemSpeaker}).
 */
record AgendaItemVoices(
        Long speakerLecturerId,
        Long speakerCadreId,
        String speakerText,
        String speakerTopicZh,
        String speakerTopicEn,
        Long presiderLecturerId,
        Long presiderCadreId,
        String presiderText) {

    static AgendaItemVoices of(Speaker first, Speaker presider) {
        return new AgendaItemVoices(
                first.lecturerId(),
                first.cadreId(),
                first.text(),
                first.topic().zh(),
                first.topic().en(),
                presider.lecturerId(),
                presider.cadreId(),
                presider.text());
    }

    /** The main speaker, or nobody. */
    Speaker speaker() {
        return new Speaker(
                speakerLecturerId,
                speakerCadreId,
                speakerText,
                new LocalizedText(nullToEmpty(speakerTopicZh), nullToEmpty(speakerTopicEn)));
    }

    Speaker presider() {
        return new Speaker(presiderLecturerId, presiderCadreId, presiderText);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
