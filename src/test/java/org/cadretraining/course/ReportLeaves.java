package org.cadretraining.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every leaf of a report of {@code real-courses.yaml} by its path ({@code items[2].site}, {@code co_organisers} when
 * the list is empty, {@code presider_or_chair} when it is null), each to be ticked off when a test has read it back
 * from the course. A leaf nobody ticked (a fact not read back, or a field the file gained) fails the test.
 */
final class ReportLeaves {

    private final Map<String, Object> leaves = new LinkedHashMap<>();
    private final Set<String> ticked = new TreeSet<>();

    ReportLeaves(Map<String, Object> report) {
        walk("", report);
    }

    /** The leaves' paths in the file's order. */
    List<String> paths() {
        return List.copyOf(leaves.keySet());
    }

    Object value(String path) {
        return leaves.get(path);
    }

    /** The path with its list positions taken out: {@code items[2].site} is {@code items[].site}. */
    static String kind(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    /** The first list position in the path ({@code items[2].site} is 2). */
    static int index(String path) {
        return Integer.parseInt(path.replaceFirst("^[^\\[]*\\[(\\d+)].*$", "$1"));
    }

    /** Marks the leaf as read back; only after the assertions that read it. */
    void tick(String path) {
        if (!leaves.containsKey(path)) {
            throw new AssertionError("no such leaf in the report: " + path);
        }
        ticked.add(path);
    }

    /** Fails naming every leaf not read back. */
    void assertAllReadBack(String course) {
        List<String> left = leaves.keySet().stream()
                .filter(path -> !ticked.contains(path))
                .map(path -> path + " = " + leaves.get(path))
                .toList();
        if (!left.isEmpty()) {
            throw new AssertionError(
                    "facts of " + course + " not read back from the course:\n  " + String.join("\n  ", left));
        }
    }

    private void walk(String path, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, child) -> walk(path.isEmpty() ? String.valueOf(key) : path + "." + key, child));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i));
            }
        } else {
            leaves.put(path, value);
        }
    }
}
