package org.cadretraining.organisation;

import java.util.Map;

/** A directory search: text (part of a name, or a staff number), a unit subtree, a rank, sorting and a page. */
record CadreCriteria(
        String q, Long unitId, String rank, Boolean active, String sort, boolean descending, int page, int size) {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name",
            "staffNumber", "c.staff_number",
            "unit", "u.name_zh",
            "rank", "r.sort_order",
            "position", "c.position_zh");

    CadreCriteria {
        q = q == null ? "" : q.strip();
        rank = rank == null || rank.isBlank() ? null : rank;
        sort = SORTABLE.containsKey(sort) ? sort : "name";
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return SORTABLE.get(sort) + direction + " nulls last, c.id" + direction;
    }
}
