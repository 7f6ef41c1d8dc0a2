package org.cadretraining.report.statistics;

import java.util.List;

/** One page of a drill-down, with the sums over every row the filter keeps (not only this page's). */
record DrillPage<R, T>(List<R> rows, int page, int size, long total, T totals) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
