package org.cadretraining.course;

import java.time.Instant;

/**
 * A completed course was archived; its record no longer changes. {@code by} and {@code at} say who archived it and
 * when, null where the step was taken without a user (the aggregate's own {@code archive()}).
 */
public record CourseArchived(long courseId, String by, Instant at) {

    public CourseArchived(long courseId) {
        this(courseId, null, null);
    }
}
