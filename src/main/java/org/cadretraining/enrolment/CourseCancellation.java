package org.cadretraining.enrolment;

import org.cadretraining.course.CourseCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a course is cancelled, its places lapse. */
@Component
class CourseCancellation {

    private final WaitingList waitingList;

    CourseCancellation(WaitingList waitingList) {
        this.waitingList = waitingList;
    }

    @ApplicationModuleListener
    void on(CourseCancelled cancelled) {
        waitingList.cancelCourse(cancelled.courseId());
    }
}
