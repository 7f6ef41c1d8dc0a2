package org.cadretraining.credit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** How the compliance benchmark times a measure: three warm-up runs, then the median and the maximum of the rest. */
final class BenchTimer {

    private BenchTimer() {}

    /** Other work on the machine slows every figure; the load average says how much there was. */
    static String loadAverage() {
        try {
            return String.join(
                    " ",
                    java.util.Arrays.copyOf(
                            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                                    .split(" "),
                            3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String time(String name, int runs, Supplier<Long> measure) {
        long result = 0;
        for (int i = 0; i < 3; i++) {
            result = measure.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = measure.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double median = millis.size() % 2 == 1
                ? millis.get(millis.size() / 2)
                : (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;
        String line = String.format(
                "| %s | %,d | %d | %.1f | %.1f | %s |", name, result, runs, median, millis.getLast(), loadAverage());
        System.out.println(line);
        return line;
    }
}
