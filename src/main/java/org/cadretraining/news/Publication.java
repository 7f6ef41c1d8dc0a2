package org.cadretraining.news;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.cadretraining.shared.DomainException;

/**
 * What readers see of an article: the live revision, whether it is published, and from when. Making a revision live
 * is the publishing step, whoever takes it; until then an approved revision waits and readers keep the live one.
 */
record Publication(Integer liveRevision, boolean published, Instant releaseAt) {

    static final Publication NONE = new Publication(null, false, null);

    /**
     * Makes the revision live from {@code releaseAt}. Without a time, an article not yet on the portal appears now,
     * and one already published keeps its release time: an update does not move it up its column as if it were new.
     */
    Publication publish(int revision, Instant releaseAt, Instant now) {
        Instant from = releaseAt != null ? releaseAt : published ? this.releaseAt : now;
        // to the database's precision, cut down: PostgreSQL would round 12:00:00.0000007 up to .000001, a moment after
        // "now", and the article would not be visible yet when read back at that now
        return new Publication(revision, true, from.truncatedTo(ChronoUnit.MICROS));
    }

    Publication withdraw() {
        if (!published) {
            throw DomainException.conflict(null, "news.publish.notPublished");
        }
        return new Publication(liveRevision, false, releaseAt);
    }

    boolean visibleAt(Instant now) {
        return published && liveRevision != null && releaseAt != null && !releaseAt.isAfter(now);
    }
}
