package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which node runs which import, so that a job whose node died ends within a minute. Each node renews the lease of
 * the jobs it holds every {@code app.import.lease-renewal}; every node fails the jobs whose lease ({@code
 * app.import.lease}) ran out, with nothing written, and deletes their uploaded file when it is on this machine.
 * Uploads wait in a folder of their own, readable by the application only (they hold personal data); a start
 * deletes what is left there by jobs that ended or died.
 */
@Component
class ImportLeases {

    private static final Logger log = LoggerFactory.getLogger(ImportLeases.class);
    private static final String RUNNING = "('QUEUED', 'CHECKING', 'WRITING')";
    /** A file this young may be an upload whose job another node on this machine is still creating. */
    private static final Duration UPLOAD_GRACE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lease;
    private final Duration renewal;
    private final Path folder;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("import-leases").daemon(true).factory());

    ImportLeases(
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.import.lease:30s}") Duration lease,
            @Value("${app.import.lease-renewal:10s}") Duration renewal,
            @Value("${app.import.upload-folder:${java.io.tmpdir}/cadre-training-imports}") Path folder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lease = lease;
        this.renewal = renewal;
        this.folder = folder;
    }

    Duration lease() {
        return lease;
    }

    /** A new file in the upload folder (created, owner-only, when missing). */
    Path newUpload(String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(
                        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(folder);
            }
        }
        return Files.createTempFile(folder, "import-", extension);
    }

    void hold(long jobId) {
        held.add(jobId);
    }

    void release(long jobId) {
        held.remove(jobId);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        deleteLeftOverUploads();
        long every = renewal.toMillis();
        timer.scheduleWithFixedDelay(this::keepAndSweep, every, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        timer.shutdownNow();
    }

    /** One round: renew this node's leases, then fail every job whose lease ran out. */
    void keepAndSweep() {
        try {
            renew();
            for (String file : failExpired()) {
                deleteIfHere(file);
            }
        } catch (RuntimeException e) {
            // the database may be away for a while; the next round tries again
            log.warn("Import leases could not be renewed or checked: {}", e.toString());
        }
    }

    private void renew() {
        if (held.isEmpty()) {
            return;
        }
        jdbc.sql("update import_job set lease_until = now() + make_interval(secs => :seconds)"
                        + " where id in (:ids) and status in " + RUNNING)
                .param("seconds", (double) lease.toSeconds())
                .param("ids", List.copyOf(held))
                .update();
    }

    /** Jobs of a dead node: failed with nothing written (their one writing transaction died with the node). */
    private List<String> failExpired() {
        List<String> files = jdbc.sql("""
                        update import_job set status = 'FAILED', failure = 'importing.failure.abandoned',
                               written_rows = 0, created_count = 0, updated_count = 0, unchanged_count = 0,
                               finished_at = :now, updated_at = :now
                         where status in %s and lease_until < now()
                        returning coalesce(file_path, '')
                        """.formatted(RUNNING))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(String.class)
                .list();
        if (!files.isEmpty()) {
            log.warn("{} import(s) of a node that stopped were marked failed", files.size());
        }
        return files;
    }

    private void deleteIfHere(String file) {
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(file));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the upload {} of an abandoned import: {}", file, e.toString());
        }
    }

    /** Whether a file still belongs to a job that runs (on any node of this machine). */
    private boolean inUse(Path file) {
        return jdbc.sql("select exists (select 1 from import_job where file_path = ? and status in " + RUNNING + ")")
                .param(file.toString())
                .query(Boolean.class)
                .single();
    }

    /** Uploads of jobs that ended or died while this node was down (or whose job never came to be). */
    void deleteLeftOverUploads() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime settled = FileTime.from(clock.instant().minus(UPLOAD_GRACE));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).compareTo(settled) < 0 && !inUse(file)) {
                    Files.deleteIfExists(file);
                    log.info("Deleted the upload {} left by an import that has ended", file.getFileName());
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not clear the import upload folder {}: {}", folder, e.toString());
        }
    }
}
