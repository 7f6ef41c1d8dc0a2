package org.cadretraining.documents;

import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;

/**
 * Who may take which document. The agenda and the course calendar follow the course's own rule (planners see every
 * course, everyone else once it has left the drafting table); the roster and sign-in sheets carry people's names
 * and units, so only those who run the course take them.
 */
final class DocumentRights {

    private DocumentRights() {}

    static void requireMaySee(CurrentUser user, CourseSummary course) {
        if (!user.actsForInstitution() && course.status() == CourseStatus.DRAFT) {
            throw DomainException.forbidden();
        }
    }

    static boolean mayListParticipants(CurrentUser user) {
        return user.actsForInstitution() || user.has(Role.CLASS_TEACHER);
    }

    static void requireMayListParticipants(CurrentUser user, CourseSummary course) {
        requireMaySee(user, course);
        if (!mayListParticipants(user)) {
            throw DomainException.forbidden();
        }
    }
}
