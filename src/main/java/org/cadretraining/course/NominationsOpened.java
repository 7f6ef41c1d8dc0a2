package org.cadretraining.course;

/** Nominations for a course opened: unit liaisons may now nominate cadres within their quotas. */
public record NominationsOpened(long courseId) {}
