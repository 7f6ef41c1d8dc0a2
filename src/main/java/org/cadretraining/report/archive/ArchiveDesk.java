package org.cadretraining.report.archive;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts archive jobs and keeps them alive. A job runs on the node that was asked for it, one at a time per node (a
 * PDF of a large course keeps a core busy); its state is in the database, so any node shows its bar and serves its
 * files. The node renews the lease of the jobs it holds every {@code app.report.archive-lease-renewal}; every node
 * fails the jobs whose lease ({@code app.report.archive-lease}) ran out, so a job of a node that died ends within a
 * minute instead of showing "running" for ever.
 */
@Component
class ArchiveDesk {

    private static final Logger log = LoggerFactory.getLogger(ArchiveDesk.class);

    private final ArchiveJobs jobs;
    private final ArchiveBuilder builder;
    private final CourseArchives archives;
    private final ArchiveRights rights;
    private final Duration lease;
    private final Duration renewal;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ExecutorService builds = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("course-archive-", 0).factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("course-archive-leases").daemon(true).factory());

    ArchiveDesk(
            ArchiveJobs jobs,
            ArchiveBuilder builder,
            CourseArchives archives,
            ArchiveRights rights,
            @Value("${app.report.archive-lease:30s}") Duration lease,
            @Value("${app.report.archive-lease-renewal:10s}") Duration renewal) {
        this.jobs = jobs;
        this.builder = builder;
        this.archives = archives;
        this.rights = rights;
        this.lease = lease;
        this.renewal = renewal;
    }

    /**
     * Starts a build of the course's archive in the reader's language, or returns the build of it already under way
     * (on any node), so that a second click does not build it twice.
     */
    ArchiveJob start(long courseId, CurrentUser user, Locale locale) {
        archives.header(courseId);
        rights.requireMayOpen(courseId, user);
        var running = jobs.latest(courseId).filter(job -> !job.finished());
        if (running.isPresent()) {
            return running.get();
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "zh";
        long id = jobs.create(courseId, language, user, lease);
        held.add(id);
        builds.execute(() -> {
            try {
                builder.build(id, courseId, language);
            } finally {
                held.remove(id);
            }
        });
        log.info("Archive job {} of course {} asked for by account {}", id, courseId, user.accountId());
        return jobs.find(id).orElseThrow();
    }

    /** A job of the course, for someone who may open the course's archive. */
    ArchiveJob job(long courseId, long jobId, CurrentUser user) {
        ArchiveJob job = jobs.find(jobId)
                .filter(j -> j.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("report.archive.job.notFound"));
        rights.requireMayOpen(courseId, user);
        return job;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startLeases() {
        long every = renewal.toMillis();
        timer.scheduleWithFixedDelay(this::keepAndSweep, every, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        timer.shutdownNow();
        builds.shutdownNow();
        builds.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One round: renew this node's leases, then fail every job whose lease ran out. */
    void keepAndSweep() {
        try {
            if (!held.isEmpty()) {
                jobs.renew(List.copyOf(held), lease);
            }
            List<Long> abandoned = jobs.failExpired();
            if (!abandoned.isEmpty()) {
                log.warn("{} archive job(s) of a node that stopped were marked failed", abandoned.size());
            }
        } catch (RuntimeException e) {
            // the database may be away for a while; the next round tries again
            log.warn("Archive job leases could not be renewed or checked: {}", e.toString());
        }
    }
}
