package org.cadretraining.course.site;

import org.springframework.web.util.UriComponentsBuilder;

/** A search of the site register: part of a name or address, a kind, and a page. */
record SiteCriteria(String q, SiteKind kind, Integer page, Integer size) {

    SiteCriteria {
        q = q == null ? "" : q.strip();
        page = page == null ? 0 : Math.max(page, 0);
        size = size == null || size <= 0 ? 20 : Math.min(size, 200);
    }

    public String atPage(int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        uri.queryParam("page", number).queryParam("size", size);
        return uri.encode().build().getQuery();
    }
}
