package org.cadretraining.attendance;

import java.util.Optional;
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
        return runsCheckIn(user, user.cadreId() == null ? Optional.empty() : members.roleOf(courseId, user.cadreId()));
    }

    /** The rule: an organiser, or the course's class teacher ({@code role}: the user's part in the course, if any). */
    static boolean runsCheckIn(CurrentUser user, Optional<CourseRole> role) {
        return user.actsForInstitution()
                || role.filter(r -> r == CourseRole.CLASS_TEACHER).isPresent();
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
