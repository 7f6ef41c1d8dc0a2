package org.cadretraining.course;

import java.util.Map;

/**
 * A course was planned as a copy of another (last year's course, a second group): {@code itemIds} maps each item of
 * the source to its copy, so that what hangs on items (materials) can follow.
 */
public record CourseCopied(long sourceId, long copyId, Map<Long, Long> itemIds) {}
