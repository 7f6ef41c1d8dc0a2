package org.cadretraining.news;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.dao.DataAccessException;

/**
 * The browse count a page kept in memory ({@link ArticlePageCache}) shows: what the database held when it was last
 * read, with the views this node has counted since. The database's count is read again at most once per refresh
 * interval, by whichever view comes first, so the views counted on other nodes (each adds its own to the database
 * every second) appear here too within a few seconds, and every node shows about the same number; never a read per
 * view. The number shown never goes down on this node: a refresh that came out a view or two lower than one already
 * shown (views counted while it read) keeps the higher one.
 */
final class KeptCount {

    /** The count read and the views this node had counted just before, and when that was ({@link System#nanoTime}). */
    private record Base(long read, long countedHereBefore, long readAt) {}

    private final long articleId;
    private final BrowseCounter counter;
    private final LongSupplier stored;
    private final long refreshNanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicLong highestShown = new AtomicLong();
    private volatile Base base;

    /**
     * @param shown the count the rendered page showed, when this node had counted {@code countedHereThen} views
     * @param stored the count as the database holds it now with the views not yet written ({@link NewsPortal})
     */
    KeptCount(
            long articleId,
            long shown,
            long countedHereThen,
            BrowseCounter counter,
            LongSupplier stored,
            Duration refresh) {
        this.articleId = articleId;
        this.counter = counter;
        this.stored = stored;
        this.refreshNanos = refresh.toNanos();
        this.base = new Base(shown, countedHereThen, System.nanoTime());
    }

    /** The count to show now, the view being served included. */
    long now() {
        Base current = base;
        if (System.nanoTime() - current.readAt() > refreshNanos && refreshing.compareAndSet(false, true)) {
            try {
                current = read(current);
                base = current;
            } finally {
                refreshing.set(false);
            }
        }
        long shown = current.read() + counter.countedHere(articleId) - current.countedHereBefore();
        return highestShown.accumulateAndGet(shown, Math::max);
    }

    private Base read(Base before) {
        long countedHere = counter.countedHere(articleId);
        try {
            return new Base(stored.getAsLong(), countedHere, System.nanoTime());
        } catch (DataAccessException unreachable) {
            // the database is away: the page goes on counting this node's views, and asks again after the interval
            return new Base(before.read(), before.countedHereBefore(), System.nanoTime());
        }
    }
}
