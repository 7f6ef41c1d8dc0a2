package org.cadretraining.completion;

/** The organiser recorded a make-up (补学) of a mandatory item for a trainee of the course. */
record MakeUpRecorded(long courseId, long cadreId) {}
