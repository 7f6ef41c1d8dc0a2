package org.cadretraining.completion;

/** The organiser withdrew a make-up (补学) recorded by mistake: the trainee's standing is judged again without it. */
record MakeUpWithdrawn(long courseId, long cadreId) {}
