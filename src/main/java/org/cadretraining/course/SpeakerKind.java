package org.cadretraining.course;

/** How an agenda item's speaker is given. */
enum SpeakerKind {
    NONE,
    LECTURER,
    CADRE,
    TEXT
}
