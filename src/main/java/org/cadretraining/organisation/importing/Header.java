package org.cadretraining.organisation.importing;

import java.util.Arrays;
import java.util.List;

/** Where each known column sits in a file, found from its header row; unknown columns are left alone. */
final class Header {

    static final int HEADER_ROW = 1;

    private final List<Column> columns;
    private final int[] positions;
    private final boolean complete;

    private Header(List<Column> columns, int[] positions, boolean complete) {
        this.columns = columns;
        this.positions = positions;
        this.complete = complete;
    }

    /** Reads the header row, reporting every required column that is missing and every column given twice. */
    static Header read(SheetRow row, List<Column> columns, ProblemLog problems) {
        int[] positions = new int[columns.size()];
        Arrays.fill(positions, -1);
        boolean complete = true;
        for (int cell = 0; cell < row.cells().length; cell++) {
            String heading = Column.normalize(row.cell(cell));
            if (heading.isEmpty()) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).isNamed(heading)) {
                    if (positions[c] >= 0) {
                        problems.add(row.number(), columns.get(c), "importing.problem.columnTwice");
                        complete = false;
                    } else {
                        positions[c] = cell;
                    }
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required() && positions[c] < 0) {
                problems.add(row.number(), columns.get(c), "importing.problem.columnMissing");
                complete = false;
            }
        }
        return new Header(columns, positions, complete);
    }

    /** Whether every required column is there once, so that rows can be checked. */
    boolean complete() {
        return complete;
    }

    boolean has(Column column) {
        return positions[column.ordinal()] >= 0;
    }

    /** The cell of a column, stripped of surrounding spaces; {@code null} when the file has no such column. */
    String value(SheetRow row, Column column) {
        int position = positions[column.ordinal()];
        if (position < 0) {
            return null;
        }
        return row.cell(position).replace('\u00A0', ' ').strip();
    }
}
