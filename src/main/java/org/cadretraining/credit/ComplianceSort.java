package org.cadretraining.credit;

/** How the compliance list is ordered; each ends with the cadre's id so pages never overlap. */
enum ComplianceSort {
    FULL_TIME_SHORTFALL("full_time_shortfall desc, staff_number, cadre_id"),
    ONLINE_SHORTFALL("online_shortfall desc, staff_number, cadre_id"),
    NAME("name, cadre_id"),
    STAFF_NUMBER("staff_number, cadre_id");

    final String orderBy;

    ComplianceSort(String orderBy) {
        this.orderBy = orderBy;
    }

    static ComplianceSort parse(String value) {
        for (ComplianceSort sort : values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return FULL_TIME_SHORTFALL;
    }
}
