package org.cadretraining.organisation.importing;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Where each known column sits in a file, found from its header row. Columns with a heading of their own that no
 * import knows are left alone; a column that holds values under an empty heading (what a heading merged over
 * several columns leaves: Excel keeps the text in the first cell only) is reported, never dropped without a word.
 */
final class Header {

    static final int HEADER_ROW = 1;

    private final List<Column> columns;
    private final int[] positions;
    private final boolean complete;
    private final BitSet headed;
    private final BitSet unheadedWithValues = new BitSet();
    private final int[] firstRowOfUnheaded = new int[UNHEADED_REPORTED];

    private static final int UNHEADED_REPORTED = 50;

    private Header(List<Column> columns, int[] positions, boolean complete, BitSet headed) {
        this.columns = columns;
        this.positions = positions;
        this.complete = complete;
        this.headed = headed;
    }

    /** Reads the header row, reporting every required column that is missing and every column given twice. */
    static Header read(SheetRow row, List<Column> columns, ProblemLog problems) {
        int[] positions = new int[columns.size()];
        Arrays.fill(positions, -1);
        boolean complete = true;
        BitSet headed = new BitSet();
        for (int cell = 0; cell < row.cells().length; cell++) {
            String heading = Column.normalize(row.cell(cell));
            if (heading.isEmpty()) {
                continue;
            }
            headed.set(cell);
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
        return new Header(columns, positions, complete, headed);
    }

    /** Notes the cells of a data row that stand under no heading. */
    void noteUnheaded(SheetRow row) {
        String[] cells = row.cells();
        for (int cell = headed.nextClearBit(0);
                cell < cells.length && cell < UNHEADED_REPORTED;
                cell = headed.nextClearBit(cell + 1)) {
            if (!unheadedWithValues.get(cell) && (!row.cell(cell).isBlank() || row.unreadable(cell) != null)) {
                unheadedWithValues.set(cell);
                firstRowOfUnheaded[cell] = row.number();
            }
        }
    }

    /** One problem per column that held values under an empty heading, naming the column as Excel shows it. */
    void reportUnheaded(ProblemLog problems) {
        for (int cell = unheadedWithValues.nextSetBit(0); cell >= 0; cell = unheadedWithValues.nextSetBit(cell + 1)) {
            problems.add(
                    HEADER_ROW,
                    "",
                    "importing.problem.columnWithoutHeading",
                    columnLetters(cell),
                    "" + firstRowOfUnheaded[cell]);
        }
    }

    /** A column's letters as Excel shows them: 0 is A, 25 is Z, 26 is AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
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
        return row.cell(position).strip();
    }

    /** Why the cell of a column could not be read, or {@code null} when it could or the file lacks the column. */
    String unreadable(SheetRow row, Column column) {
        int position = positions[column.ordinal()];
        return position < 0 ? null : row.unreadable(position);
    }
}
