package org.cadretraining.report.archive;

import org.cadretraining.documents.CheckInBadges;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may open a course's archive: it holds every participant's attendance, leave, completion and reflections, so
 * only those who run the course: the institution's organisers and that course's own class teacher, by the one rule
 * of who runs a course ({@link CheckInBadges#runsCourse}). Trainees, lecturers and unit liaisons are refused.
 */
@Component
class ArchiveRights {

    private final CheckInBadges desk;

    ArchiveRights(CheckInBadges desk) {
        this.desk = desk;
    }

    boolean mayOpen(long courseId, CurrentUser user) {
        return desk.runsCourse(courseId, user);
    }

    void requireMayOpen(long courseId, CurrentUser user) {
        if (!mayOpen(courseId, user)) {
            throw DomainException.forbidden();
        }
    }
}
