package org.cadretraining.enrolment;

import org.cadretraining.course.CourseCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a course is cancelled, its places lapse. */
@Component
class CourseCancellation {

    private final EnrolmentDesk desk;

    CourseCancellation(EnrolmentDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(CourseCancelled cancelled) {
        desk.cancelCourse(cancelled.courseId());
    }
}
