package org.cadretraining.organisation;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** A directory search: text (part of a name, or a staff number), a unit subtree, a rank, sorting and a page. */
record CadreCriteria(
        String q,
        Long unitId,
        String rank,
        Boolean active,
        String sort,
        Boolean descending,
        Integer page,
        Integer size) {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name",
            "staffNumber", "c.staff_number",
            "unit", "u.name_zh",
            "rank", "r.sort_order",
            "position", "c.position_zh");

    CadreCriteria {
        q = q == null ? "" : q.strip();
        rank = rank == null || rank.isBlank() ? null : rank;
        sort = sort != null && SORTABLE.containsKey(sort) ? sort : "name";
        descending = Boolean.TRUE.equals(descending);
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
        if (unitId != null) {
            uri.queryParam("unitId", unitId);
        }
        if (rank != null) {
            uri.queryParam("rank", rank);
        }
        if (active != null) {
            uri.queryParam("active", active);
        }
        uri.queryParam("sort", sortKey).queryParam("descending", desc).queryParam("page", pageNumber);
        uri.queryParam("size", size);
        return uri.encode().build().getQuery();
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return SORTABLE.get(sort) + direction + " nulls last, c.id" + direction;
    }
}
