package org.cadretraining.attendance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far, from Linux's {@code /proc}: by this JVM (the server and the benchmark's load client) and by
 * the benchmark's own embedded PostgreSQL (its postmaster and the processes it started), in clock ticks. A round's share of the two shared cores shows where its time went.
 */
final class CpuTicks {

    /** Linux's USER_HZ, the unit of {@code /proc/[pid]/stat}'s times, is 100 on every common kernel. */
    private static final int TICKS_PER_SECOND = 100;

    private CpuTicks() {}

    /**
     * {this JVM's CPU, the embedded PostgreSQL's CPU} in ticks (zero where {@code /proc} cannot be read), then this
     * JVM's time in garbage collection and in the JIT compiler so far, in milliseconds.
     */
    static long[] now() {
        long postgres = 0;
        long postmaster = postmaster();
        if (postmaster > 0) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                postgres = processes
                        .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .mapToLong(p -> ticksOfServer(p, postmaster))
                        .sum();
            } catch (IOException | RuntimeException e) {
                // no /proc: the figures show zero
            }
        }
        long gc = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
        long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        return new long[] {ticks(stat(Path.of("/proc/self"))), postgres, gc, jit};
    }

    /** The embedded server's postmaster, from the {@code postmaster.pid} in its data folder; 0 when unknown. */
    private static long postmaster() {
        String dataDir = System.getProperty("app.embedded-postgres.data-dir", "");
        try {
            return dataDir.isBlank()
                    ? 0
                    : Long.parseLong(Files.readAllLines(Path.of(dataDir, "postmaster.pid"))
                            .getFirst()
                            .strip());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The ticks of the postmaster or one of its children (backends, background workers); 0 for any other process.
     * A backend that exits during a round takes its ticks with it: the pool keeps its connections open, so few do.
     */
    private static long ticksOfServer(Path process, long postmaster) {
        String[] fields = stat(process);
        if (fields.length < 13) {
            return 0;
        }
        long pid = Long.parseLong(process.getFileName().toString());
        // after the name: state is field 3, the parent's pid field 4 (1-based, as in proc(5))
        long parent = Long.parseLong(fields[1]);
        return pid == postmaster || parent == postmaster ? ticks(fields) : 0;
    }

    static long millis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** The fields of {@code /proc/[pid]/stat} after the process's name; empty when it cannot be read. */
    private static String[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    /** utime + stime: fields 14 and 15 of the stat line (1-based, as in proc(5)). */
    private static long ticks(String[] fields) {
        return fields.length < 13 ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
