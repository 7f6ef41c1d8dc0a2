package org.cadretraining.course;

/** How one kind of agenda item earns 学时. */
public enum ItemTypeCount {
    /** By the day and half-day rule, sharing its half day with the other items (the default). */
    DAY_RULE,
    /** By its own length: so many minutes make one 学时, to the nearest 0.25. */
    BY_LENGTH,
    /** A fixed figure, whatever its length (an exam, for example). */
    FIXED,
    /** Nothing. */
    NONE
}
