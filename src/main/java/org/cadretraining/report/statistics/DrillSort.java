package org.cadretraining.report.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The orders a drill-down offers, by name, each with its SQL: only these names reach the query. Ties fall back to
 * the row's id, so a page never repeats or skips a row.
 */
final class DrillSort {

    static final Map<String, String> CADRES = ordered(
            "name", "name, id",
            "unit", "unit_zh, name, id",
            "rank", "rank_order, name, id",
            "hours", "hours desc, name, id",
            "places", "places desc, name, id");

    static final Map<String, String> COURSES = ordered(
            "date", "starts_on, id",
            "title", "title_zh, id",
            "places", "places desc, starts_on, id",
            "hours", "hours desc, starts_on, id");

    private DrillSort() {}

    /** Names and their SQL in the order the page offers them. */
    private static Map<String, String> ordered(String... namesAndSql) {
        Map<String, String> orders = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSql.length; i += 2) {
            orders.put(namesAndSql[i], namesAndSql[i + 1]);
        }
        return Collections.unmodifiableMap(orders);
    }

    /** The known order of that name, or the list's first one for anything else. */
    static String named(Map<String, String> orders, String name, String fallback) {
        return name != null && orders.containsKey(name) ? name : fallback;
    }
}
