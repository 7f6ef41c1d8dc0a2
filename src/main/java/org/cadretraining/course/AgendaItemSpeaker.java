package org.cadretraining.course;

import org.springframework.data.relational.core.mapping.Table;

/** A second or further speaker of an agenda item, stored in order with the item. */
@Table("agenda_item_speaker")
record AgendaItemSpeaker(Long lecturerId, Long cadreId, String text, String topicZh, String topicEn) {

    static AgendaItemSpeaker of(Speaker speaker) {
        return new AgendaItemSpeaker(
                speaker.lecturerId(),
                speaker.cadreId(),
                speaker.text(),
                speaker.topic().zh(),
                speaker.topic().en());
    }

    Speaker speaker() {
        return new Speaker(lecturerId, cadreId, text, new org.cadretraining.shared.LocalizedText(topicZh, topicEn));
    }
}
