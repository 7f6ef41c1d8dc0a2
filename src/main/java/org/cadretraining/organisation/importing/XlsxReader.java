package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an XLSX workbook as a stream of rows (fastexcel), never the whole sheet at once. */
final class XlsxReader implements SheetReader {

    private final Path file;

    XlsxReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        try (ReadableWorkbook workbook = open();
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = sheet.iterator();
            while (true) {
                SheetRow row = next(iterator);
                if (row == null) {
                    return;
                }
                if (!row.isBlank()) {
                    rows.accept(row);
                }
            }
        }
    }

    private ReadableWorkbook open() throws IOException {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    /** The next row, or {@code null} at the end; what the parser cannot read is the file's fault, not ours. */
    private static SheetRow next(Iterator<Row> iterator) throws UnreadableFileException {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            return new SheetRow(row.getRowNum(), cells(row));
        } catch (RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    private static String[] cells(Row row) {
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.getCell(i));
        }
        return cells;
    }

    /**
     * The cell as a person reads it. Numbers keep every digit and lose a trailing ".0", so that a staff number or
     * phone number typed into a number cell comes out as typed.
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> plain((BigDecimal) cell.getValue());
            case EMPTY -> "";
            case STRING, BOOLEAN, FORMULA, ERROR -> cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
