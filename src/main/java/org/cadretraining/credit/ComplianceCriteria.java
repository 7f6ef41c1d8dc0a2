package org.cadretraining.credit;

import org.springframework.web.util.UriComponentsBuilder;

/** The compliance page's filter as it travels in the address: unit, requirement, order and page. */
record ComplianceCriteria(Long unitId, CreditCategory category, String sort, Integer page) {

    public ComplianceSort order() {
        return ComplianceSort.parse(sort);
    }

    public int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    public String atPage(int number) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (unitId != null) {
            query.queryParam("unitId", unitId);
        }
        if (category != null) {
            query.queryParam("category", category.name());
        }
        query.queryParam("sort", order().name());
        query.queryParam("page", Math.max(number, 0));
        return query.build().getQuery();
    }

    public String exportQuery() {
        String query = atPage(0);
        return query.substring(0, query.lastIndexOf("&page="));
    }
}
