package org.cadretraining.course;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;

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

    /** The institution's training rules are kept by the administrator and the organisers, on the page and the API. */
    static CurrentUser requireRuleKeeper(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR) && !user.has(Role.ORGANISER)) {
            throw DomainException.forbidden();
        }
        return user;
    }

    static boolean maySee(CurrentUser user, CourseStatus status) {
        return mayPlan(user) || status != CourseStatus.DRAFT;
    }
}
