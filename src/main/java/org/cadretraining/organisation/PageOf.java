package org.cadretraining.organisation;

import java.util.List;

/** One page of results with the total, for tables and for the API. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
