package org.cadretraining.course.lecturer;

import org.springframework.web.util.UriComponentsBuilder;

/** A search of the lecturer register: part of a name, affiliation or topic, and a page. */
record LecturerCriteria(String q, Integer page, Integer size) {

    LecturerCriteria {
        q = q == null ? "" : q.strip();
        page = page == null ? 0 : Math.max(page, 0);
        size = size == null || size <= 0 ? 20 : Math.min(size, 200);
    }

    public String atPage(int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        uri.queryParam("page", number).queryParam("size", size);
        return uri.encode().build().getQuery();
    }
}
