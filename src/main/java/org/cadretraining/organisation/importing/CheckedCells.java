package org.cadretraining.organisation.importing;

/**
 * The checks every kind of row shares: a cell must be readable and free of invisible characters, a required cell
 * must be filled, none may be too long, flags are yes or no.
 */
final class CheckedCells {

    static final String INVISIBLE = "importing.problem.invisible";

    private CheckedCells() {}

    /**
     * The cell stripped of surrounding spaces, with a problem logged when it could not be read (a formula without a
     * value reads as empty) or holds an invisible character; {@code null} when the file lacks the column.
     */
    static String cell(Header header, SheetRow row, Column column, ProblemLog problems) {
        String value = header.value(row, column);
        if (value == null) {
            return null;
        }
        String unreadable = header.unreadable(row, column);
        if (unreadable != null) {
            problems.add(row.number(), column, unreadable);
            return value;
        }
        String invisible = InvisibleCharacters.firstIn(value);
        if (invisible != null) {
            problems.add(row.number(), column, INVISIBLE, invisible);
        }
        return value;
    }

    /** The cell, checked for presence (when required) and length; {@code null} when the file lacks the column. */
    static String text(Header header, SheetRow row, Column column, ProblemLog problems) {
        int before = problems.count();
        String value = cell(header, row, column, problems);
        if (value == null || problems.count() > before) {
            return value;
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
        int before = problems.count();
        String value = cell(header, row, column, problems);
        if (value == null || problems.count() > before) {
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
