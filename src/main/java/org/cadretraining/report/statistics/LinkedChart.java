package org.cadretraining.report.statistics;

import java.util.List;
import org.cadretraining.shared.Chart;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart whose bars lead somewhere: the drill-down of each category, in the categories' order. The page hands the
 * links to {@code /js/statistics.js} in a {@code data-chart-links} attribute beside the chart's own.
 */
record LinkedChart(String id, Chart chart, List<String> links) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    LinkedChart {
        links = List.copyOf(links);
        if (links.size() != chart.categories().size()) {
            throw new IllegalArgumentException("one link per category");
        }
    }

    public String linksJson() {
        return JSON.writeValueAsString(links);
    }
}
