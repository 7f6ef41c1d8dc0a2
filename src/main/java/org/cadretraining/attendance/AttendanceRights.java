package org.cadretraining.attendance;

import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who runs a course's check-in: the organisers and the course's class teacher. Only organisers mark by hand and
 * change thresholds, because those decisions override what happened in the room.
 */
@Component
class AttendanceRights {

    private final ClassMembers members;

    AttendanceRights(ClassMembers members) {
        this.members = members;
    }

    boolean runsCheckIn(long courseId, CurrentUser user) {
        return user.actsForInstitution()
                || (user.cadreId() != null
                        && members.roleOf(courseId, user.cadreId())
                                .filter(role -> role == CourseRole.CLASS_TEACHER)
                                .isPresent());
    }

    void requireRunsCheckIn(long courseId, CurrentUser user) {
        if (!runsCheckIn(courseId, user)) {
            throw DomainException.forbidden();
        }
    }

    void requireOrganiser(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
