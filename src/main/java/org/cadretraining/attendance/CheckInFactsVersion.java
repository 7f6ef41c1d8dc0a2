package org.cadretraining.attendance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The version of the facts a check-in is judged against ({@code check_in_facts_version}: places, course roles, device
 * grants and their holders' accounts, the items' times, the course's state, the institution's rules), which goes up
 * as any transaction that changes one of them commits, on whichever node. The facts this node keeps ({@link KeptFacts})
 * carry the version it knew when they were read; the check-in writer reads the version in the transaction that
 * records a group of scans and judges again, from the tables, every scan judged on older facts. Each node also reads
 * it a few times a second ({@link #watch}), so that what it keeps (a trainee's place, a device's grant and its
 * revocation, the windows and rules) is forgotten within that interval of a change on any node, whether or not a
 * check-in passes here: every node then answers alike, a revoked device token refused at once as revoked.
 */
@Component
class CheckInFactsVersion {

    private static final Logger log = LoggerFactory.getLogger(CheckInFactsVersion.class);

    private final JdbcClient jdbc;
    /** The highest version this node has read; facts read before it was learned are forgotten. */
    private final AtomicLong known = new AtomicLong();

    private final List<Runnable> forgetters = new CopyOnWriteArrayList<>();

    CheckInFactsVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest version this node has read so far (0 before the first read: nothing kept counts then). */
    long known() {
        return known.get();
    }

    /** The version as the database holds it now, read in the caller's transaction; older facts are forgotten. */
    long read() {
        long version = jdbc.sql("select version from check_in_facts_version")
                .query(Long.class)
                .single();
        long before = known.getAndAccumulate(version, Math::max);
        if (version > before) {
            forgetters.forEach(Runnable::run);
        }
        return version;
    }

    /** Learns a change made on any node within the interval: one small read a few times a second, never per scan. */
    @Scheduled(fixedDelayString = "${app.cluster.watch-interval:250ms}")
    void watch() {
        try {
            read();
        } catch (DataAccessException unreachable) {
            log.debug("Check-in facts' version not read: {}", unreachable.getMessage());
        }
    }

    /** What to forget when a newer version is learned. */
    void onNewer(Runnable forget) {
        forgetters.add(forget);
    }
}
