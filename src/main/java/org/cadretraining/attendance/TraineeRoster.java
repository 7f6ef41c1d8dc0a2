package org.cadretraining.attendance;

import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.springframework.stereotype.Component;

/**
 * Who may be checked in at a course: a trainee with an approved place, as the database says at the moment of the
 * scan (one indexed look-up). Nothing is kept in a node's memory, so a place approved or withdrawn counts at once on
 * every node.
 */
@Component
class TraineeRoster {

    private final ClassMembers members;

    TraineeRoster(ClassMembers members) {
        this.members = members;
    }

    boolean isTrainee(long courseId, long cadreId) {
        return members.roleOf(courseId, cadreId).map(CourseRole::trainee).orElse(false);
    }
}
