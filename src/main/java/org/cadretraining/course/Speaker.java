package org.cadretraining.course;

import org.cadretraining.shared.LocalizedText;

/**
 * Who speaks (or presides) at an agenda item: a lecturer of the register, a cadre who is not a lecturer (such as the
 * team leader at a ceremony), or just a name; or nobody (self-study). A speaker of a panel or an exchange may say
 * what they speak about ({@code topic}, blank when not given).
 */
record Speaker(Long lecturerId, Long cadreId, String text, LocalizedText topic) {

    // before NONE, which needs it
    private static final LocalizedText NO_TOPIC = new LocalizedText("", "");

    static final Speaker NONE = new Speaker(null, null, "");

    Speaker {
        text = text == null ? "" : text.strip();
        topic = topic == null ? NO_TOPIC : topic;
        if (lecturerId != null && cadreId != null) {
            throw new IllegalArgumentException("A speaker is a lecturer or a cadre, not both");
        }
    }

    Speaker(Long lecturerId, Long cadreId, String text) {
        this(lecturerId, cadreId, text, NO_TOPIC);
    }

    static Speaker lecturer(long id) {
        return new Speaker(id, null, "");
    }

    static Speaker cadre(long id) {
        return new Speaker(null, id, "");
    }

    static Speaker named(String text) {
        return new Speaker(null, null, text);
    }

    Speaker about(LocalizedText topic) {
        return new Speaker(lecturerId, cadreId, text, topic);
    }

    boolean none() {
        return kind() == SpeakerKind.NONE;
    }

    SpeakerKind kind() {
        if (lecturerId != null) {
            return SpeakerKind.LECTURER;
        }
        if (cadreId != null) {
            return SpeakerKind.CADRE;
        }
        return text.isEmpty() ? SpeakerKind.NONE : SpeakerKind.TEXT;
    }
}
