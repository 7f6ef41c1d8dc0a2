package org.cadretraining.completion;

import org.cadretraining.attendance.PastAttendanceRecorded;
import org.cadretraining.course.AgendaChanged;
import org.cadretraining.course.CourseDatesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks every trainee of a course as waiting to be judged when its agenda, its dates or its past attendance change,
 * inside the change's own transaction. A programme imported at once changes the agenda hundreds of times: judged per
 * change, the whole class would be judged hundreds of times over; marked, it is judged once by the next round.
 */
@Component
class CourseChangesWaiting {

    private final WaitingJudgements waiting;
    private final WaitingDrain drain;

    CourseChangesWaiting(WaitingJudgements waiting, WaitingDrain drain) {
        this.waiting = waiting;
        this.drain = drain;
    }

    @EventListener
    void on(AgendaChanged event) {
        wholeCourse(event.courseId());
    }

    @EventListener
    void on(CourseDatesChanged event) {
        wholeCourse(event.courseId());
    }

    @EventListener
    void on(PastAttendanceRecorded event) {
        wholeCourse(event.courseId());
    }

    private void wholeCourse(long courseId) {
        waiting.addWholeCourse(courseId);
        drain.wakeOnceCommitted();
    }
}
