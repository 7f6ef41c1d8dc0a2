package org.cadretraining.notification;

import java.util.List;
import java.util.Objects;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may read a course's change log, on its page and through the API: those who act for the institution, and the
 * course's own people (its members and the cadres who speak in it).
 */
@Component
class ChangeLogReaders {

    private final CourseCatalog catalog;
    private final ClassMembers members;

    ChangeLogReaders(CourseCatalog catalog, ClassMembers members) {
        this.catalog = catalog;
        this.members = members;
    }

    /** The course, for a user who may read its change log; 404 for no such course, 403 for anyone else. */
    CourseSummary courseFor(CurrentUser user, long courseId) {
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("notification.course.notFound"));
        if (!mayLook(user, courseId)) {
            throw DomainException.forbidden();
        }
        return course;
    }

    private boolean mayLook(CurrentUser user, long courseId) {
        if (user.actsForInstitution()) {
            return true;
        }
        Long cadreId = user.cadreId();
        if (cadreId == null) {
            return false;
        }
        if (members.isMember(courseId, cadreId)) {
            return true;
        }
        List<CourseCatalog.AgendaEntry> agenda = catalog.agenda(courseId);
        if (agenda.stream().anyMatch(i -> cadreId.equals(i.cadreId()))) {
            return true;
        }
        List<Long> lecturerIds = agenda.stream()
                .map(CourseCatalog.AgendaEntry::lecturerId)
                .filter(Objects::nonNull)
                .toList();
        return !lecturerIds.isEmpty()
                && catalog.lecturers(lecturerIds).values().stream().anyMatch(l -> cadreId.equals(l.cadreId()));
    }
}
