package org.cadretraining.course;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search of courses: part of a title, a status, a category, a training form, a year, or those late to start (whose
 * first day has come and that are not started); sorting and a page.
 */
record CourseCriteria(
        String q,
        CourseStatus status,
        TrainingCategory category,
        TrainingForm form,
        Integer year,
        Boolean late,
        String sort,
        Boolean descending,
        Integer page,
        Integer size) {

    static final String STATUS_ORDER = "array_position(array['DRAFT', 'NOMINATIONS_OPEN', 'NOMINATIONS_CLOSED', "
            + "'IN_PROGRESS', 'COMPLETED', 'ARCHIVED', 'CANCELLED']::varchar[], c.status)";

    static final Map<String, String> SORTABLE = Map.of(
            "startsOn", "c.starts_on",
            "title", "c.title_zh",
            "status", STATUS_ORDER,
            "category", "c.category",
            "capacity", "c.capacity");

    CourseCriteria {
        q = q == null ? "" : q.strip();
        boolean known = sort != null && SORTABLE.containsKey(sort);
        // newest first unless the reader chose otherwise
        descending = known ? Boolean.TRUE.equals(descending) : descending == null || descending;
        sort = known ? sort : "startsOn";
        page = page == null ? 0 : Math.max(page, 0);
        size = size == null || size <= 0 ? 20 : Math.min(size, 200);
    }

    /** The query string that sorts by {@code key}, reversing the direction when already sorted by it. */
    public String sortedBy(String key) {
        boolean reverse = key.equals(sort) && !descending;
        return query(key, reverse, 0);
    }

    public String atPage(int number) {
        return query(sort, descending, number);
    }

    private String query(String sortKey, boolean desc, int pageNumber) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (category != null) {
            uri.queryParam("category", category);
        }
        if (form != null) {
            uri.queryParam("form", form);
        }
        if (year != null) {
            uri.queryParam("year", year);
        }
        if (Boolean.TRUE.equals(late)) {
            uri.queryParam("late", true);
        }
        uri.queryParam("sort", sortKey).queryParam("descending", desc).queryParam("page", pageNumber);
        uri.queryParam("size", size);
        return uri.encode().build().getQuery();
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return SORTABLE.get(sort) + direction + ", c.id" + direction;
    }
}
