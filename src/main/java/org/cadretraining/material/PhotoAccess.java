package org.cadretraining.material;

import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may keep a course's photos. Organisers add and remove photos of any course that is not a draft or cancelled
 * (an archived course recorded after it took place included); the class's staff (the class teacher and the other
 * staff of the course, who are not trained in it) add photos while the course runs and after it
 * ends, and remove their own. Trainees and everyone else see no photo page.
 */
@Component
class PhotoAccess {

    /** What one person may do with one course's photos. */
    record Rights(boolean mayAdd, boolean removesAny, String username) {

        public boolean mayRemove(CoursePhotos.Photo photo) {
            return removesAny || (mayAdd && photo.uploadedBy().equals(username));
        }

        void requireAdd() {
            if (!mayAdd) {
                throw DomainException.forbidden();
            }
        }
    }

    private final ClassMembers members;

    PhotoAccess(ClassMembers members) {
        this.members = members;
    }

    /** Whether the person may open the course's album at all (as {@link #of} would let them). */
    boolean mayOpen(CourseSummary course, CurrentUser user) {
        CourseStatus status = course.status();
        if (status == CourseStatus.DRAFT || status == CourseStatus.CANCELLED) {
            return false;
        }
        if (user.actsForInstitution()) {
            return true;
        }
        return user.cadreId() != null
                && members.roleOf(course.id(), user.cadreId())
                        .map(role -> !role.trainee())
                        .orElse(false);
    }

    /** The person's rights; a person with none is refused here. */
    Rights of(CourseSummary course, CurrentUser user) {
        CourseStatus status = course.status();
        boolean opened = status != CourseStatus.DRAFT && status != CourseStatus.CANCELLED;
        if (user.actsForInstitution()) {
            return new Rights(opened, opened, user.username());
        }
        CourseRole role = user.cadreId() == null
                ? null
                : members.roleOf(course.id(), user.cadreId()).orElse(null);
        boolean classStaff = role != null && !role.trainee();
        if (!classStaff || !opened) {
            throw DomainException.forbidden();
        }
        boolean running = status == CourseStatus.IN_PROGRESS || status == CourseStatus.COMPLETED;
        return new Rights(running, false, user.username());
    }
}
