package org.cadretraining.course;

/** What happens in an agenda item. */
public enum AgendaItemType {
    OPENING_CEREMONY,
    CLOSING_CEREMONY,
    LECTURE,
    MICRO_COURSE,
    FIELD_STUDY,
    GROUP_DISCUSSION,
    SELF_STUDY,
    EXAM,
    /** Work to hand in (such as a study summary) by a due time; it has no sitting. */
    HOMEWORK,
    OTHER;

    /** At a ceremony the speaker is usually a leader, such as the team leader, rather than a lecturer. */
    public boolean ceremony() {
        return this == OPENING_CEREMONY || this == CLOSING_CEREMONY;
    }

    /** Whether the item is held at a time and place; homework is only handed in by a due time. */
    public boolean hasSitting() {
        return this != HOMEWORK;
    }
}
