package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an XLSX workbook as a stream of rows (fastexcel), never the whole sheet at once. */
final class XlsxReader implements SheetReader {

    /** Formats are read so that a date cell reads as a date; an unparsable cell is the file's fault, not ours. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final Path file;

    XlsxReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        try (ReadableWorkbook workbook = open();
                Stream<Row> sheet = firstSheet(workbook)) {
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
            return new ReadableWorkbook(file.toFile(), WITH_FORMATS);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    /** A damaged workbook may open and still fail here: its sheet missing, its sheet's XML cut or not deflatable. */
    private static Stream<Row> firstSheet(ReadableWorkbook workbook) throws UnreadableFileException {
        try {
            return workbook.getFirstSheet().openStream();
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
            return row(row);
        } catch (RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    private static SheetRow row(Row row) {
        String[] cells = new String[row.getCellCount()];
        String[] unreadable = null;
        for (int i = 0; i < cells.length; i++) {
            Cell cell = row.getCell(i);
            cells[i] = ExcelCells.text(cell);
            String why = ExcelCells.unreadable(cell);
            if (why != null) {
                if (unreadable == null) {
                    unreadable = new String[cells.length];
                }
                unreadable[i] = why;
            }
        }
        return new SheetRow(row.getRowNum(), cells, unreadable);
    }
}
