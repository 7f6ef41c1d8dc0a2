package org.cadretraining.news;

import org.cadretraining.shared.DomainException;

/** A comment on a step of review (an approval, a rejection, an unpublishing): trimmed, empty as none, of a kept size. */
final class ReviewComment {

    static final int MAX_LENGTH = 2000;

    private ReviewComment() {}

    /** The comment as kept, or null for none; one longer than the history keeps is refused before anything changes. */
    static String of(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String comment = written.strip();
        if (comment.length() > MAX_LENGTH) {
            throw DomainException.invalid("comment", "news.review.commentTooLong", MAX_LENGTH, comment.length());
        }
        return comment;
    }
}
