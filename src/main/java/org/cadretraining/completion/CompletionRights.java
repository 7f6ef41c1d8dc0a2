package org.cadretraining.completion;

import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Component;

/** Who may see what of completion: a course's list, a cadre's own record and archive, and certificates. */
@Component
class CompletionRights {

    private final ClassMembers members;
    private final OrganisationDirectory directory;

    CompletionRights(ClassMembers members, OrganisationDirectory directory) {
        this.members = members;
        this.directory = directory;
    }

    /** The organiser and administrator see every trainee's result; so does the course's class teacher. */
    boolean seesWholeCourse(long courseId, CurrentUser user) {
        return user.actsForInstitution()
                || (user.cadreId() != null
                        && members.roleOf(courseId, user.cadreId())
                                .map(role -> role == CourseRole.CLASS_TEACHER)
                                .orElse(false));
    }

    boolean isTrainee(long courseId, CurrentUser user) {
        return user.cadreId() != null
                && members.roleOf(courseId, user.cadreId())
                        .map(CourseRole::trainee)
                        .orElse(false);
    }

    /** A cadre's own records: the cadre, the organiser or administrator, and the liaison of a unit above them. */
    void requireMaySeeCadre(long cadreId, CurrentUser user) {
        if (!maySeeCadre(cadreId, user)) {
            throw DomainException.forbidden();
        }
    }

    boolean maySeeCadre(long cadreId, CurrentUser user) {
        if (user.actsForInstitution() || (user.cadreId() != null && user.cadreId() == cadreId)) {
            return true;
        }
        return user.has(Role.UNIT_LIAISON)
                && user.liaisonUnitId() != null
                && directory.isCadreWithinUnit(cadreId, user.liaisonUnitId());
    }

    void requireOrganiser(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
