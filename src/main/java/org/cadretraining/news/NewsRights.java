package org.cadretraining.news;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;

/**
 * Who may do what with news. The three steps are separate roles: an editor writes, a reviewer approves, a publisher
 * publishes; the administrator and publishers keep the columns. A reviewer never approves a revision they wrote.
 */
final class NewsRights {

    private NewsRights() {}

    static boolean worksOnNews(CurrentUser user) {
        return user.has(Role.NEWS_EDITOR) || user.has(Role.NEWS_REVIEWER) || user.has(Role.NEWS_PUBLISHER);
    }

    static void require(CurrentUser user, Role role) {
        if (!user.has(role)) {
            throw DomainException.forbidden();
        }
    }

    static void requireNewsStaff(CurrentUser user) {
        if (!worksOnNews(user)) {
            throw DomainException.forbidden();
        }
    }

    static void requireColumnKeeper(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR) && !user.has(Role.NEWS_PUBLISHER)) {
            throw DomainException.forbidden();
        }
    }
}
