package org.cadretraining.news;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.news.NewsRights.Step;
import org.cadretraining.shared.CurrentUser;

/**
 * The review panel of an article for one person: the steps it offers them, and for each step the article is waiting
 * for that they may not take, the sentence that says why (as {@link NewsRights} refuses it).
 *
 * @param latest the number of the latest revision, the argument of every reason
 * @param awaiting the approved revision that waits to be published, or null
 * @param live the revision readers see (or will see at its release time), or null
 * @param reasons message keys, each once, in the order of the steps
 */
record ReviewPanel(
        int latest,
        boolean reviewerPublishes,
        Integer awaiting,
        Integer live,
        Set<Step> offered,
        List<String> reasons) {

    static ReviewPanel of(NewsArticle article, CurrentUser user, ReviewSetting setting, Instant now) {
        Revision latest = article.latest();
        Set<Step> offered = EnumSet.noneOf(Step.class);
        Set<String> reasons = new LinkedHashSet<>();
        Integer awaiting = article.awaitingPublication().map(Revision::number).orElse(null);
        for (Step step : Step.values()) {
            if (!stateAllows(step, article, now)) {
                continue;
            }
            var refusal = NewsRights.refusal(user, step, latest);
            if (refusal.isEmpty()) {
                offered.add(step);
            } else if (awaited(step, awaiting)) {
                reasons.add(refusal.get());
            }
        }
        Integer live = article.published() ? article.publication().liveRevision() : null;
        return new ReviewPanel(
                latest.number(), setting.reviewerPublishes(), awaiting, live, offered, List.copyOf(reasons));
    }

    /**
     * The steps the article's state leaves open, as the article itself would allow them; publishing is not offered
     * again for the approved revision readers already see (only for one waiting, taken down or scheduled).
     */
    private static boolean stateAllows(Step step, NewsArticle article, Instant now) {
        RevisionStatus status = article.latest().status();
        return switch (step) {
            case SUBMIT -> status == RevisionStatus.DRAFT;
            case APPROVE, REJECT -> status == RevisionStatus.SUBMITTED;
            case PUBLISH ->
                article.latestApproved().isPresent()
                        && !(article.publication().visibleAt(now)
                                && article.latestApproved().equals(article.live()));
            case UNPUBLISH -> article.published();
        };
    }

    /** The steps the article waits for, whose withholding needs a reason; publishing again or unpublishing do not. */
    private static boolean awaited(Step step, Integer awaiting) {
        return switch (step) {
            case SUBMIT, APPROVE, REJECT -> true;
            case PUBLISH -> awaiting != null;
            case UNPUBLISH -> false;
        };
    }

    /** Whether the panel offers the step (by its name, as the page asks). */
    public boolean offers(String step) {
        return offered.contains(Step.valueOf(step));
    }

    /** An approved revision waits for a publisher while readers see an older one, or none. */
    public boolean waitsForPublisher() {
        return awaiting != null && !reviewerPublishes;
    }
}
