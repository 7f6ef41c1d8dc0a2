package org.cadretraining.documents;

import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;

/**
 * Who may take which document. The agenda and the course calendar follow the course's own rule (planners see every
 * course, everyone else once it has left the drafting table); the roster and sign-in sheets carry people's names
 * and units, so only those who run that course take them: the organisers and the course's own class teacher (a class
 * teacher of another course is refused), by the one rule of {@link CheckInBadges#runsCourse}.
 */
final class DocumentRights {

    private DocumentRights() {}

    static void requireMaySee(CurrentUser user, CourseSummary course) {
        if (!user.actsForInstitution() && course.status() == CourseStatus.DRAFT) {
            throw DomainException.forbidden();
        }
    }

    static void requireMayListParticipants(CurrentUser user, CourseSummary course, CheckInBadges desk) {
        requireMaySee(user, course);
        if (!desk.runsCourse(course.id(), user)) {
            throw DomainException.forbidden();
        }
    }
}
