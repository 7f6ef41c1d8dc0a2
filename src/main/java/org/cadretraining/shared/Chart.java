package org.cadretraining.shared;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as a page hands it to {@code /js/charts.js} in a {@code data-chart} attribute (no inline script under the
 * strict CSP): its kind, its categories (bars, points of a line) or axes (a radar's indicators, all up to
 * {@code max}), and its series of numbers. Every label comes already in the reader's language.
 */
public record Chart(String type, String title, List<String> categories, List<Series> series, Double min, Double max) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named row of numbers, one per category (null where there is none). */
    public record Series(String name, List<? extends Number> data) {}

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    public static Chart bar(String title, List<String> categories, Series series) {
        return new Chart("bar", title, categories, List.of(series), null, null);
    }

    /** Bars on an axis up to {@code max}, for values that are not counts (means on a scale). */
    public static Chart bar(String title, List<String> categories, double max, Series series) {
        return new Chart("bar", title, categories, List.of(series), 0.0, max);
    }

    public static Chart radar(String title, List<String> axes, double max, Series series) {
        return new Chart("radar", title, axes, List.of(series), 0.0, max);
    }

    public static Chart line(String title, List<String> categories, double min, double max, Series series) {
        return new Chart("line", title, categories, List.of(series), min, max);
    }

    /** The chart as the JSON the script reads; the attribute it goes into escapes it for HTML. */
    public String json() {
        return JSON.writeValueAsString(this);
    }
}
