package org.cadretraining.course;

/**
 * Who speaks at an agenda item: a lecturer of the register, a cadre who is not a lecturer (such as the team leader
 * at a ceremony), or just a name; or nobody (self-study).
 */
record Speaker(Long lecturerId, Long cadreId, String text) {

    static final Speaker NONE = new Speaker(null, null, "");

    Speaker {
        text = text == null ? "" : text.strip();
        if (lecturerId != null && cadreId != null) {
            throw new IllegalArgumentException("A speaker is a lecturer or a cadre, not both");
        }
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
