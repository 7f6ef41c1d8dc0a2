package org.cadretraining.credit.online;

/** What an academy's file may say about one record; the mapping names the column that holds each. */
enum RecordField {
    STAFF_NUMBER("col_staff_number"),
    NAME("col_name"),
    UNIT("col_unit"),
    TITLE("col_title"),
    MINUTES("col_minutes"),
    HOURS("col_hours"),
    COMPLETED_ON("col_completed_on"),
    TEST_PASSED("col_test_passed");

    private final String column;

    RecordField(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The key of the field's name in the bundle ({@code credit.online.field.STAFF_NUMBER}). */
    public String label() {
        return "credit.online.field." + name();
    }
}
