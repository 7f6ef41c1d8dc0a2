package org.cadretraining.notification;

import org.cadretraining.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Changed since you last looked", for templates of other modules: the notification/changes fragments ask it through
 * {@code @scheduleChangeAlerts}, so a page includes the alert with one line and its controller needs no change.
 */
@Component("scheduleChangeAlerts")
public class ScheduleChangeAlerts {

    private final ScheduleVersions versions;

    ScheduleChangeAlerts(ScheduleVersions versions) {
        this.versions = versions;
    }

    /** Whether the signed-in cadre has not yet seen the course's latest schedule version. */
    public boolean unseen(long courseId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser.Source source)) {
            return false;
        }
        Long cadreId = source.currentUser().cadreId();
        return cadreId != null && versions.changedSinceSeen(cadreId, courseId);
    }
}
