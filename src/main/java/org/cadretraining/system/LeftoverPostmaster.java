package org.cadretraining.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that an earlier run of the application left behind in the data folder. When the JVM is killed
 * (SIGKILL, out of memory), the server it started keeps running with nobody to stop it, and its
 * {@code postmaster.pid} makes every following start fail. Before starting, such a server is stopped the way
 * {@code pg_ctl stop -m fast} would (SIGINT: open transactions are rolled back, committed ones are on disk), but
 * only when no running application holds the folder: then it is refused with a sentence instead.
 */
final class LeftoverPostmaster {

    /** zonky's own lock file in the data folder, held by the JVM that runs the server while it runs. */
    static final String OWNER_LOCK = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);

    private LeftoverPostmaster() {}

    /** Stops a server left running in {@code dataDir} by a dead application; does nothing when there is none. */
    static void stopIn(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = postmaster(pidFile).filter(process -> servesFolder(process, dataDir));
        if (server.isEmpty()) {
            // PostgreSQL itself ignores a lock file whose process is gone, but not one whose number now belongs
            // to another process; neither holds anything, so the file goes.
            log.info("Embedded PostgreSQL: removing the stale {} of a server that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        long pid = server.get().pid();
        if (heldByRunningApplication(dataDir)) {
            throw new IllegalStateException("The embedded PostgreSQL data folder " + dataDir
                    + " is in use by another running application (PostgreSQL process " + pid
                    + "). Stop that application first, or set app.embedded-postgres.data-dir to another folder.");
        }
        log.warn(
                "Embedded PostgreSQL: found the server (process {}) that an earlier run left running in {} after it"
                        + " ended without stopping it; stopping it (fast shutdown) before starting again",
                pid,
                dataDir);
        if (stop(server.get(), "INT", FAST_SHUTDOWN)) {
            log.info("Embedded PostgreSQL: the left-over server (process {}) has stopped cleanly", pid);
            return;
        }
        log.warn("Embedded PostgreSQL: process {} did not stop within {}; stopping it immediately", pid, FAST_SHUTDOWN);
        if (stop(server.get(), "QUIT", IMMEDIATE_SHUTDOWN)) {
            log.info("Embedded PostgreSQL: process {} stopped; it will recover from its log on the next start", pid);
            return;
        }
        throw new IllegalStateException("A PostgreSQL server (process " + pid + ") left running in " + dataDir
                + " by an earlier run does not stop; stop it by hand (kill " + pid + ") and start again.");
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.getFirst().strip())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a PostgreSQL server started on this folder (and not a process that took its number). */
    private static boolean servesFolder(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        // the executable may be unreadable for another user's process; its command line is not
        boolean postgres = info.command()
                .or(info::commandLine)
                .map(command -> command.contains("postgres"))
                .orElse(true);
        Path folder = dataDir.toAbsolutePath().normalize();
        boolean onFolder = info.arguments()
                .map(arguments -> List.of(arguments).stream().anyMatch(argument -> sameFolder(argument, folder)))
                .orElse(true);
        return postgres && onFolder;
    }

    private static boolean sameFolder(String argument, Path folder) {
        try {
            return Path.of(argument).toAbsolutePath().normalize().equals(folder);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Whether a live JVM still holds zonky's lock on the folder (the lock dies with the JVM that took it). */
    private static boolean heldByRunningApplication(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static boolean stop(ProcessHandle server, String signal, Duration patience) throws IOException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid()))
                .redirectErrorStream(true)
                .start();
        try {
            kill.waitFor(5, TimeUnit.SECONDS);
            server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !server.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL process " + server.pid(), e);
        }
    }
}
