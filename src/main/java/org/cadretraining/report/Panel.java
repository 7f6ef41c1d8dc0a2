package org.cadretraining.report;

import java.util.List;
import org.cadretraining.shared.Chart;

/**
 * One panel of a home page: a title, the list it summarises ({@code link}) and the number of that list's rows it
 * stands for, a few rows to act on, and perhaps a chart. An empty panel says so in a sentence of its own.
 */
record Panel(String id, String titleKey, String icon, String link, long count, List<PanelRow> rows, Chart chart) {

    Panel {
        rows = List.copyOf(rows);
    }

    static Panel of(String id, String icon, String link, List<PanelRow> rows) {
        return new Panel(id, "report.panel." + id, icon, link, rows.size(), rows, null);
    }

    Panel counting(long count) {
        return new Panel(id, titleKey, icon, link, count, rows, chart);
    }

    Panel withChart(Chart chart) {
        return new Panel(id, titleKey, icon, link, count, rows, chart);
    }

    public String emptyKey() {
        return titleKey + ".empty";
    }
}
