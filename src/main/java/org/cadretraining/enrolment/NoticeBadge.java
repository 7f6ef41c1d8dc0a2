package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletRequest;
import org.cadretraining.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notices a signed-in cadre has, for the badge in the navigation bar of every page (not the API). */
@ControllerAdvice(annotations = Controller.class)
class NoticeBadge {

    private final Notifications notifications;

    NoticeBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotices")
    Integer unreadNotices(HttpServletRequest request) {
        // the API has no navigation bar, nor the small page a phone gets after checking in
        if (request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/check-in")) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser.Source source)) {
            return null;
        }
        Long cadreId = source.currentUser().cadreId();
        return cadreId == null ? null : notifications.unread(cadreId);
    }
}
