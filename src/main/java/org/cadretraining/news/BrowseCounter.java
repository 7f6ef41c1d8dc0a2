package org.cadretraining.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts views of published articles exactly. A view adds to an in-memory counter (no lock, no lost increment);
 * every second, and when the application stops, the counts are added to the database in one statement for all
 * articles ({@code browse_count = browse_count + n}), so concurrent nodes never overwrite each other and a view is durable
 * within about a second even if the process is killed. A failed write puts the counts back for the next flush.
 */
@Component
class BrowseCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BrowseCounter.class);
    private static final int MAX_READ_ATTEMPTS = 250;
    private static final long READ_RETRY_NANOS = 2_000_000;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    /** Every view this process has counted, never reset: what a page rendered earlier adds to its count. */
    private final Map<Long, LongAdder> countedHere = new ConcurrentHashMap<>();
    /** Odd while a flush is moving counts from memory to the database; each flush adds two. */
    private final AtomicLong flushes = new AtomicLong();

    private final JdbcClient jdbc;
    private final boolean proxyCounts;
    private volatile boolean running;

    BrowseCounter(JdbcClient jdbc, @Value("${app.news.proxy-view-log:}") String proxyViewLog) {
        this.jdbc = jdbc;
        this.proxyCounts = !proxyViewLog.isBlank();
    }

    /**
     * Counts a view here, unless the caching proxy in front answered it and counts it in its log ({@link
     * ProxyViewLog}): then the request carries {@value ProxyViewLog#COUNTED_BY_HEADER} with the value {@value
     * ProxyViewLog#COUNTED_BY_PROXY}, which counts only where this node reads that log, so a request sent past the
     * proxy with the header is still counted.
     */
    void count(long articleId, String countedBy) {
        if (proxyCounts && ProxyViewLog.COUNTED_BY_PROXY.equals(countedBy)) {
            return;
        }
        count(articleId);
    }

    void count(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        countedHere.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    /** How many views of the article this process has counted since it started. */
    long countedHere(long articleId) {
        LongAdder adder = countedHere.get(articleId);
        return adder == null ? 0 : adder.sum();
    }

    /** Views not yet written to the database, to add to the stored count when showing it. */
    long pending(long articleId) {
        LongAdder adder = pending.get(articleId);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * The stored count plus the views not yet written. While a flush runs, views have left memory but may not be in
     * the database yet (or already be in both), so a reading that overlapped a flush is taken again: the count a
     * reader sees never dips below a view already shown.
     */
    long current(long articleId, LongSupplier stored) {
        for (int attempt = 0; ; attempt++) {
            long before = flushes.get();
            long count = stored.getAsLong() + pending(articleId);
            boolean clean = (before & 1) == 0 && flushes.get() == before;
            if (clean || attempt >= MAX_READ_ATTEMPTS) {
                return count;
            }
            LockSupport.parkNanos(READ_RETRY_NANOS);
        }
    }

    /** One flush at a time (the schedule, a stop, a test), so that an odd {@code flushes} means one is running. */
    @Scheduled(fixedDelayString = "${app.news.browse-flush-ms:1000}")
    synchronized void flush() {
        flushes.incrementAndGet();
        try {
            write();
        } finally {
            flushes.incrementAndGet();
        }
    }

    private void write() {
        List<long[]> batch = new ArrayList<>();
        pending.forEach((id, adder) -> {
            long views = adder.sumThenReset();
            if (views > 0) {
                batch.add(new long[] {id, views});
            }
        });
        if (batch.isEmpty()) {
            return;
        }
        try {
            addStored(jdbc, batch);
        } catch (RuntimeException failed) {
            batch.forEach(entry ->
                    pending.computeIfAbsent(entry[0], id -> new LongAdder()).add(entry[1]));
            log.warn("Browse counts of {} articles kept for the next flush: {}", batch.size(), failed.getMessage());
        }
    }

    /**
     * Adds views to the stored counts, {@code {article id, views}} each, in one statement for all articles: never a
     * read and a write, so writers on several nodes never overwrite each other.
     */
    static void addStored(JdbcClient jdbc, List<long[]> views) {
        jdbc.sql("""
                        update news_article a set browse_count = a.browse_count + v.views
                        from unnest(?::bigint[], ?::bigint[]) as v(id, views)
                        where a.id = v.id
                        """)
                .params(
                        views.stream().map(entry -> entry[0]).toArray(Long[]::new),
                        views.stream().map(entry -> entry[1]).toArray(Long[]::new))
                .update();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Writes what is left before the database connections close. */
    @Override
    public void stop() {
        flush();
        running = false;
    }

    /** Stops after the web server (which stops in an earlier, higher phase), so no view arrives after the flush. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
