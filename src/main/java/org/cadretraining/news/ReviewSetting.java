package org.cadretraining.news;

/**
 * The institution's rule for the last step of review: by default a publisher makes an approved revision live in a
 * step of its own; where {@code reviewerPublishes}, the reviewer's approval publishes it.
 */
record ReviewSetting(boolean reviewerPublishes) {

    static final ReviewSetting PUBLISHER_PUBLISHES = new ReviewSetting(false);
    static final ReviewSetting REVIEWER_PUBLISHES = new ReviewSetting(true);
}
