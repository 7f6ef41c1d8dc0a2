package org.cadretraining.report.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of each drill-down of a scope and period: the cadres or courses behind a figure, with the filter that
 * picks its rows. The statistics page, its charts and its tests use the same addresses.
 */
public final class DrillLinks {

    private final String scopeQuery;

    DrillLinks(String scopeQuery) {
        this.scopeQuery = scopeQuery;
    }

    public String cadres() {
        return link("/statistics/cadres", Map.of());
    }

    public String trained() {
        return link("/statistics/cadres", Map.of("trained", true));
    }

    public String rank(String rank) {
        return link("/statistics/cadres", Map.of("rank", rank));
    }

    public String category(String category) {
        return link("/statistics/cadres", Map.of("category", category));
    }

    public String tier(String tier) {
        return link("/statistics/cadres", Map.of("tier", tier));
    }

    /** The cadres of a tier who meet (or fall short of) one of its requirements. */
    public String requirement(String tier, String requirement, boolean met) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("tier", tier);
        filter.put("requirement", requirement);
        filter.put("met", met);
        return link("/statistics/cadres", filter);
    }

    public String courses() {
        return link("/statistics/courses", Map.of());
    }

    public String form(String form) {
        return link("/statistics/courses", Map.of("form", form));
    }

    public String type(String type) {
        return link("/statistics/courses", Map.of("type", type));
    }

    public String withLeave() {
        return link("/statistics/courses", Map.of("withLeave", true));
    }

    public String withWithdrawal() {
        return link("/statistics/courses", Map.of("withWithdrawal", true));
    }

    /** The same list with another filter, order or page: the scope and period kept. */
    String link(String path, Map<String, Object> filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).query(scopeQuery);
        filter.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
