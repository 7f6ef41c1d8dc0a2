package org.cadretraining.evaluation;

import java.util.Collection;

/**
 * One round of the evaluation benchmark: its latencies, the server's CPU, and what the database held after it
 * ({@code counts} as {@code EvaluationBenchServer.count} gives them; null until checked).
 */
record BenchRound(
        String name,
        double seconds,
        long[] sortedNanos,
        int failures,
        long jvmCpuMillis,
        long gcMillis,
        long jitMillis,
        long[] counts,
        boolean stored) {

    static final String HEADER = "| round | submissions | seconds | submissions/s | p50 ms | p99 ms | max ms | failed"
            + " | answered-marks | distinct | responses | answers | twice | answers per response | server JVM CPU ms"
            + " | GC ms | JIT ms |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    static BenchRound of(
            String name, long began, Collection<Long> latencies, int failures, long[] before, long[] after) {
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new BenchRound(
                name,
                seconds,
                sorted,
                failures,
                after[0] - before[0],
                after[1] - before[1],
                after[2] - before[2],
                null,
                false);
    }

    /** This round with what the database holds: one mark per trainee, one response each, every answer once. */
    BenchRound checked(long[] held, int trainees, int questions) {
        boolean exact = held[0] == trainees
                && held[1] == trainees
                && held[2] == trainees
                && held[3] == (long) trainees * questions
                && held[4] == 0
                && held[5] == questions
                && held[6] == questions
                && failures == 0;
        return new BenchRound(name, seconds, sortedNanos, failures, jvmCpuMillis, gcMillis, jitMillis, held, exact);
    }

    double percentile(double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    String markdown() {
        return String.format(
                "| %s | %,d | %.2f | %,.0f | %.1f | %.1f | %.1f | %d | %,d | %,d | %,d | %,d | %d | %d–%d | %,d | %,d | %,d |",
                name,
                sortedNanos.length,
                seconds,
                sortedNanos.length / seconds,
                percentile(50),
                percentile(99),
                percentile(100),
                failures,
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                counts[5],
                counts[6],
                jvmCpuMillis,
                gcMillis,
                jitMillis);
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
