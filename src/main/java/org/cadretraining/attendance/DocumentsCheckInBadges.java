package org.cadretraining.attendance;

import org.cadretraining.documents.CheckInBadges;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Gives the printed badges the same signed code the staff devices scan, and the same rule of who runs a course. */
@Component
class DocumentsCheckInBadges implements CheckInBadges {

    private final CheckInCodes codes;
    private final AttendanceRights rights;

    DocumentsCheckInBadges(CheckInCodes codes, AttendanceRights rights) {
        this.codes = codes;
        this.rights = rights;
    }

    @Override
    public String badgeCode(long cadreId) {
        return codes.badge(cadreId);
    }

    @Override
    public boolean runsCourse(long courseId, CurrentUser user) {
        return rights.runsCheckIn(courseId, user);
    }
}
