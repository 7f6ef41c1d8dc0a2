package org.cadretraining.leave;

/** A trainee was withdrawn (退学) from a course: their approved leave went past the cap. */
public record CadreWithdrawn(long courseId, long cadreId) {}
