package org.cadretraining.attendance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far, from Linux's {@code /proc}: by this JVM (the server and the benchmark's load client) and by
 * all PostgreSQL processes, in clock ticks. A round's share of the two shared cores shows where its time went.
 */
final class CpuTicks {

    /** Linux's USER_HZ, the unit of {@code /proc/[pid]/stat}'s times, is 100 on every common kernel. */
    private static final int TICKS_PER_SECOND = 100;

    private CpuTicks() {}

    /**
     * {this JVM's CPU, every postgres process's CPU} in ticks (zero where {@code /proc} cannot be read), then this
     * JVM's time in garbage collection and in the JIT compiler so far, in milliseconds.
     */
    static long[] now() {
        long postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            postgres = processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> ticks(p, "postgres"))
                    .sum();
        } catch (IOException | RuntimeException e) {
            // no /proc: the figures show zero
        }
        long gc = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
        long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        return new long[] {ticks(Path.of("/proc/self"), null), postgres, gc, jit};
    }

    static long millis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** utime + stime of one process, if it is named {@code name} (any name when null). */
    private static long ticks(Path process, String name) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (name != null && !stat.substring(open + 1, close).equals(name)) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            // after the name: state is field 3, utime field 14 and stime field 15 (1-based, as in proc(5))
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
