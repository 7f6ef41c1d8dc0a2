package org.cadretraining.leave;

import org.cadretraining.course.CourseCatalog;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may decide leave (tiered approval): the organiser always; the course's class teacher leave of up to half a day,
 * and never their own.
 */
@Component
class LeaveApprovers {

    private final ClassMembers members;
    private final CourseCatalog catalog;
    private final LeaveStandings standings;

    LeaveApprovers(ClassMembers members, CourseCatalog catalog, LeaveStandings standings) {
        this.members = members;
        this.catalog = catalog;
        this.standings = standings;
    }

    /** Whether the user may decide this request: organisers always, the class teacher up to half a day. */
    boolean mayDecide(LeaveRequest request, CurrentUser user) {
        if (user.actsForInstitution()) {
            return true;
        }
        if (user.cadreId() == null || request.isOwn(user)) {
            return false;
        }
        return isClassTeacher(request.courseId(), user)
                && request.upToHalfADay(standings.agenda(request.courseId()), catalog.rules());
    }

    /** Whether the user may see every request of the course (and so decide some of them). */
    boolean mayReview(long courseId, CurrentUser user) {
        return user.actsForInstitution() || isClassTeacher(courseId, user);
    }

    /** Refuses a user who may not decide: a class teacher is told the organiser must, anyone else is forbidden. */
    void requireMayDecide(LeaveRequest request, CurrentUser user) {
        if (!mayDecide(request, user)) {
            if (mayReview(request.courseId(), user) && user.cadreId() != null && !request.isOwn(user)) {
                throw DomainException.conflict(null, "leave.approve.organiserOnly");
            }
            throw DomainException.forbidden();
        }
    }

    private boolean isClassTeacher(long courseId, CurrentUser user) {
        return user.cadreId() != null
                && members.roleOf(courseId, user.cadreId())
                        .map(role -> role == CourseRole.CLASS_TEACHER)
                        .orElse(false);
    }
}
