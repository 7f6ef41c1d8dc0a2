package org.cadretraining.course;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;

/**
 * Who may do what with courses: administrators and organisers plan them; everyone signed in may see a course once
 * it has left the drafting table.
 */
final class CourseRights {

    private CourseRights() {}

    static boolean mayPlan(CurrentUser user) {
        return user.actsForInstitution();
    }

    static void requirePlanner(CurrentUser user) {
        if (!mayPlan(user)) {
            throw DomainException.forbidden();
        }
    }

    static boolean maySee(CurrentUser user, CourseStatus status) {
        return mayPlan(user) || status != CourseStatus.DRAFT;
    }
}
