package org.cadretraining.course;

/**
 * How items in the evening (after {@code eveningStarts}) earn 学时, an institution's setting on the training-rules
 * page.
 */
public enum EveningCredit {
    /** The evening is a third half-day block, worth what the day's allowance has left (the rule before the setting). */
    HALF_DAY_BLOCK,
    /** The evening earns its scheduled minutes at the half-day rate, outside the day's allowance. */
    BY_MINUTES,
    /** Evening items earn no 学时 (they may still be mandatory). */
    NONE
}
