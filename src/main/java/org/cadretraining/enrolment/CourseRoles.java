package org.cadretraining.enrolment;

import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person does in a course (team leader, class teacher, group leader, participant, staff). */
@Service
class CourseRoles {

    private final EnrolmentStore store;
    private final WaitingList waitingList;

    CourseRoles(EnrolmentStore store, WaitingList waitingList) {
        this.store = store;
        this.waitingList = waitingList;
    }

    /**
     * A role that takes a place needs a free one unless the person is waiting anyway; a role that frees a place
     * lets the waiting list move up.
     */
    @Transactional
    Enrolment change(long enrolmentId, CourseRole role, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = store.course(store.find(enrolmentId).courseId());
        store.lockCourse(course.id());
        Enrolment enrolment = store.find(enrolmentId);
        Enrolment changed = enrolment.playing(role);
        boolean needsPlace = role.takesPlace() && !enrolment.role().takesPlace();
        if (needsPlace
                && enrolment.status() != EnrolmentStatus.WAITLISTED
                && store.placesTaken(course.id()) >= course.capacity()) {
            throw DomainException.conflict("role", "enrolment.role.noPlace");
        }
        store.save(changed);
        waitingList.promote(course);
        return store.find(enrolmentId);
    }
}
