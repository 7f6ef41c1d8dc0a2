package org.cadretraining.enrolment;

import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.EnrolmentStore.NewPlace;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser enrols a cadre without a nomination. Participants beyond the capacity go on the waiting list;
 * leaders, class teachers and staff take no place.
 */
@Service
class DirectEnrolments {

    private final EnrolmentStore store;
    private final Clashes clashes;
    private final OrganisationDirectory directory;

    DirectEnrolments(EnrolmentStore store, Clashes clashes, OrganisationDirectory directory) {
        this.store = store;
        this.clashes = clashes;
        this.directory = directory;
    }

    @Transactional
    Enrolment enrol(long courseId, long cadreId, CourseRole role, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = openForEnrolment(courseId);
        if (directory.cadre(cadreId).isEmpty()) {
            throw DomainException.invalid("cadreId", "enrolment.cadre.unknown");
        }
        store.lockCourse(courseId);
        clashes.refuseIfAny(course, cadreId);
        CourseRole asRole = role == null ? CourseRole.PARTICIPANT : role;
        EnrolmentStatus status = !asRole.takesPlace() || store.placesTaken(courseId) < course.capacity()
                ? EnrolmentStatus.APPROVED
                : EnrolmentStatus.WAITLISTED;
        return store.insert(new NewPlace(courseId, cadreId, null, status, asRole, null), user);
    }

    /** The organiser may enrol people until the course is completed or cancelled. */
    CourseSummary openForEnrolment(long courseId) {
        CourseSummary course = store.course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "enrolment.refused.courseClosed");
        }
        return course;
    }
}
