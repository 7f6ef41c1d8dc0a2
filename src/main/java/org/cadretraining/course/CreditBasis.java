package org.cadretraining.course;

/**
 * Why an agenda item earns the 学时 it earns, as the rule found it, so that an explanation names only what applied.
 */
public enum CreditBasis {
    /** The organiser fixed the item's 学时; no rule applied. */
    SET_BY_HAND,
    /** The item's block was scheduled at least a full half day and earned a half day's 学时. */
    HALF_DAY,
    /** The item covers two full half-day blocks and earned a whole day's 学时. */
    FULL_DAY,
    /** The item's block was scheduled less than a half day and earned its minutes at the half-day rate. */
    BY_LENGTH,
    /** The block's 学时 were shared with the other items of the block by their minutes. */
    SHARED,
    /** The day's allowance was used up by earlier blocks, so the block earned less or nothing. */
    DAILY_CAP,
    /** An evening item earning its minutes at the half-day rate outside the day's allowance. */
    EVENING_BY_MINUTES,
    /** An evening item earning nothing under the institution's setting. */
    EVENING_NONE,
    /** The item's kind counts by its own length, so many minutes a 学时. */
    ITEM_TYPE_BY_LENGTH,
    /** The item's kind counts a fixed figure. */
    ITEM_TYPE_FIXED,
    /** The item's kind counts nothing. */
    ITEM_TYPE_NONE
}
