package org.cadretraining.course;

/** Nominations for a course closed: no more nominations are taken. */
public record NominationsClosed(long courseId) {}
