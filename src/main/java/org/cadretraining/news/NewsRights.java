package org.cadretraining.news;

import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;

/**
 * Who may do what with news. The steps belong to separate roles: an editor writes and submits, a reviewer approves
 * or rejects, a publisher publishes and unpublishes; one person may hold several. No one approves a revision they
 * created or edited. The administrator and publishers keep the columns; the administrator sets the review setting.
 * Each refusal names, in a sentence, what the person lacks, and the review panel shows the same sentence where it
 * does not offer a button.
 */
final class NewsRights {

    /** A step of the workflow that a person takes on an article. */
    enum Step {
        SUBMIT,
        APPROVE,
        REJECT,
        PUBLISH,
        UNPUBLISH
    }

    private NewsRights() {}

    static boolean worksOnNews(CurrentUser user) {
        return user.has(Role.NEWS_EDITOR) || user.has(Role.NEWS_REVIEWER) || user.has(Role.NEWS_PUBLISHER);
    }

    /**
     * Why the person may not take the step on the article's latest revision, as a message key whose one argument is
     * the revision's number; empty when they may. Whether the article's state allows the step is the article's to say.
     */
    static Optional<String> refusal(CurrentUser user, Step step, Revision latest) {
        Optional<String> missingRole = missingRole(user, step);
        if (missingRole.isPresent() || step != Step.APPROVE) {
            return missingRole;
        }
        return latest.writtenBy(user.username()) ? Optional.of("news.rights.ownRevision") : Optional.empty();
    }

    private static Optional<String> missingRole(CurrentUser user, Step step) {
        Role needed =
                switch (step) {
                    case SUBMIT -> Role.NEWS_EDITOR;
                    case APPROVE, REJECT -> Role.NEWS_REVIEWER;
                    case PUBLISH, UNPUBLISH -> Role.NEWS_PUBLISHER;
                };
        return user.has(needed) ? Optional.empty() : Optional.of("news.rights." + needed.name());
    }

    /** Refuses a person without the step's role before anything about the article is read. */
    static void requireRole(CurrentUser user, Step step) {
        missingRole(user, step).ifPresent(key -> {
            throw new DomainException(DomainException.Kind.FORBIDDEN, key, null);
        });
    }

    static void require(CurrentUser user, Step step, NewsArticle article) {
        Revision latest = article.latest();
        Optional<String> refusal = refusal(user, step, latest);
        if (refusal.isPresent()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, refusal.get(), null, latest.number());
        }
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

    static void requireSettingKeeper(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "news.rights.setting", null);
        }
    }

    /** Who may read the review setting: the administrator who keeps it and everyone it applies to. */
    static void requireSettingReader(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR) && !worksOnNews(user)) {
            throw DomainException.forbidden();
        }
    }
}
