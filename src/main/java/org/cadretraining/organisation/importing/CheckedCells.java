package org.cadretraining.organisation.importing;

/** The checks every kind of row shares: a required cell must be filled, none may be too long, flags are yes or no. */
final class CheckedCells {

    private CheckedCells() {}

    /** The cell, checked for presence (when required) and length; {@code null} when the file lacks the column. */
    static String text(Header header, SheetRow row, Column column, ProblemLog problems) {
        String value = header.value(row, column);
        if (value == null) {
            return null;
        }
        if (column.required() && value.isEmpty()) {
            problems.add(row.number(), column, "importing.problem.required");
        } else if (value.length() > column.maxLength()) {
            problems.add(row.number(), column, "importing.problem.tooLong", "" + column.maxLength());
        }
        return value;
    }

    /** An active flag: blank means yes; {@code null} when the file lacks the column (the current value stays). */
    static Boolean yesOrNo(Header header, SheetRow row, Column column, ProblemLog problems) {
        String value = header.value(row, column);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return true;
        }
        return CellValues.yesOrNo(value).orElseGet(() -> {
            problems.add(row.number(), column, "importing.problem.yesOrNo", value);
            return null;
        });
    }
}
