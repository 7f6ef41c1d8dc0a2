package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of what readers see. It changes when a change to the news is committed and when a scheduled article
 * comes out, so a page's ETag (built from it) changes exactly when the page may have: an article's own text, its
 * column, or its previous and next links. The start time is part of it, so versions never repeat across restarts.
 */
@Component
class NewsPages {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long startedAt;
    private final AtomicLong changes = new AtomicLong();
    private volatile Instant nextRelease;

    NewsPages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.startedAt = clock.millis();
    }

    /** The current version; a scheduled release that has come out since the last call starts a new one. */
    String version() {
        Instant next = nextRelease;
        if (next == null || !clock.instant().isBefore(next)) {
            changes.incrementAndGet();
            nextRelease = findNextRelease();
        }
        return Long.toString(startedAt, 36) + "." + changes.get();
    }

    /** Starts a new version once the current transaction commits. */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    void forget() {
        changes.incrementAndGet();
        nextRelease = findNextRelease();
    }

    private Instant findNextRelease() {
        Timestamp next = jdbc.sql("select min(release_at) from news_article where published and release_at > ?")
                .param(Timestamp.from(clock.instant()))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return next == null ? Instant.MAX : next.toInstant();
    }
}
