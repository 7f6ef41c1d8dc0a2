package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of what readers see, the same on every node. It is the database's {@code news_pages_version} (raised in
 * the transaction of any change a reader may see, on whichever node) with the last scheduled release that has come
 * out, so a page's ETag (built from it) changes exactly when the page may have: an article's own text, its column, or
 * its previous and next links. Each node keeps the version in memory, so serving a kept page costs no database read:
 * one thread reads the number a few times a second ({@link #watch}), and the node that made a change reads it at once
 * after the commit. Each start raises it once, so a page rendered by an earlier build is never answered 304.
 */
@Component
class NewsPages {

    private static final Logger log = LoggerFactory.getLogger(NewsPages.class);

    /** What this node knows: the shared number, the scheduled release that comes out next, and the version text. */
    private record Known(long shared, Instant nextRelease, String text) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Known known;
    /** When a read that found the version as known last began (the real clock's millisecond, as a proxy reckons). */
    private volatile long confirmedAt;

    NewsPages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current version; a scheduled release that has come out since it was read starts a new one. */
    String version() {
        Known now = known;
        if (now == null || !clock.instant().isBefore(now.nextRelease())) {
            now = refresh();
        }
        return now.text();
    }

    /**
     * Until when a proxy in front may answer with a page of the current version without asking again, so that a
     * change made on any node reaches its readers within a second: the whole second (of the epoch, the only
     * precision nginx's {@code X-Accel-Expires} has) that began at or before the last confirmation of the version.
     * nginx keeps such a page until that second has passed, at most a second after this node last knew it current;
     * one confirmed in the second before is stale at once, and nginx asks again at the next view.
     */
    long freshThroughSecond() {
        return Math.floorDiv(confirmedAt, 1000);
    }

    /** Raises the shared version in the current transaction, and reads it on this node once that commits. */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    raise();
                }

                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            forget();
        }
    }

    /** Raises the shared version now (outside a transaction, or for a change committed already). */
    void forget() {
        raise();
        refresh();
    }

    private void raise() {
        jdbc.sql("select news_pages_raise()").query((rs, row) -> row).list();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        forget();
    }

    /** Learns a change made on any node within the interval; one cheap read for all pages, never one per view. */
    @Scheduled(fixedDelayString = "${app.cluster.watch-interval:250ms}")
    void watch() {
        long asked = System.currentTimeMillis();
        try {
            Long shared = jdbc.sql("select version from news_pages_version")
                    .query(Long.class)
                    .single();
            Known now = known;
            if (now == null || now.shared() != shared) {
                refresh();
            } else {
                confirmedAt = asked;
            }
        } catch (DataAccessException unreachable) {
            log.debug("News pages' version not read: {}", unreachable.getMessage());
        }
    }

    private Known refresh() {
        long asked = System.currentTimeMillis();
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Known read = jdbc.sql("""
                        select v.version,
                               (select max(release_at) from news_article where published and release_at <= ?),
                               (select min(release_at) from news_article where published and release_at > ?)
                        from news_pages_version v
                        """)
                .params(at, at)
                .query((rs, row) -> {
                    long shared = rs.getLong(1);
                    Timestamp last = rs.getTimestamp(2);
                    Timestamp next = rs.getTimestamp(3);
                    String text =
                            Long.toString(shared, 36) + "." + (last == null ? "0" : Long.toString(last.getTime(), 36));
                    return new Known(shared, next == null ? Instant.MAX : next.toInstant(), text);
                })
                .single();
        known = read;
        confirmedAt = asked;
        return read;
    }
}
