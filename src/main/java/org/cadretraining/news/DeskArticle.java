package org.cadretraining.news;

import java.time.Instant;

/** Where an article stands, as the newsroom's workflow panel shows it. */
record DeskArticle(
        long id,
        int latest,
        RevisionStatus latestStatus,
        boolean approved,
        boolean published,
        Integer liveRevision,
        boolean visible) {

    static DeskArticle of(NewsArticle article, Instant now) {
        return new DeskArticle(
                article.id(),
                article.latest().number(),
                article.latest().status(),
                article.latestApproved().isPresent(),
                article.published(),
                article.publication().liveRevision(),
                article.publication().visibleAt(now));
    }

    /** The published revision stays live while a newer one is written or reviewed (public: the page calls it). */
    public boolean liveIsOlder() {
        return published && liveRevision != null && liveRevision != latest;
    }
}
