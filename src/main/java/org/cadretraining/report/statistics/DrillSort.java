package org.cadretraining.report.statistics;

import java.util.Map;

/**
 * The orders a drill-down offers, by name, each with its SQL: only these names reach the query. Ties fall back to
 * the row's id, so a page never repeats or skips a row.
 */
final class DrillSort {

    static final Map<String, String> CADRES = Map.of(
            "name", "name, id",
            "unit", "unit_zh, name, id",
            "rank", "rank_order, name, id",
            "hours", "hours desc, name, id",
            "places", "places desc, name, id");

    static final Map<String, String> COURSES = Map.of(
            "date", "starts_on, id",
            "title", "title_zh, id",
            "places", "places desc, starts_on, id",
            "hours", "hours desc, starts_on, id");

    private DrillSort() {}

    /** The known order of that name, or the list's first one for anything else. */
    static String named(Map<String, String> orders, String name, String fallback) {
        return name != null && orders.containsKey(name) ? name : fallback;
    }
}
