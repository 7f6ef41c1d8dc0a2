package org.cadretraining.enrolment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cadretraining.shared.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * The spreadsheet of a bulk enrolment: the first sheet, a heading row, then a staff number (column A) or a name
 * (column B) in each row. A row with neither is kept, so that the report names its row number. The reading and
 * the template serve the other two-column lists of the module too ({@link QuotaList}).
 */
final class XlsxList {

    private XlsxList() {}

    static List<Wanted> read(InputStream in) {
        return twoColumns(in).stream()
                .map(row -> Wanted.inRow(row.number(), row.first().isEmpty() ? row.second() : row.first()))
                .toList();
    }

    static void writeTemplate(OutputStream out, MessageSource messages, Locale locale) throws IOException {
        writeHeadings(
                out,
                messages.getMessage("enrolment.bulk.template.sheet", null, locale),
                messages.getMessage("enrolment.staffNumber", null, locale),
                messages.getMessage("enrolment.bulk.name", null, locale),
                18);
    }

    /** What an uploaded spreadsheet holds, read by {@code reader}; an upload chosen without a file is refused. */
    static <T> List<T> upload(MultipartFile file, Function<InputStream, List<T>> reader) throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "enrolment.bulk.file.required");
        }
        try (InputStream in = file.getInputStream()) {
            return reader.apply(in);
        }
    }

    /** A row below the heading row: its number as the spreadsheet shows it and the text of columns A and B. */
    record TwoColumns(int number, String first, String second) {}

    /**
     * The first sheet's rows below its heading row, with the text of their first two columns. A row whose two
     * columns are empty is kept when another of its cells holds something, so that a preview names its number.
     */
    static List<TwoColumns> twoColumns(InputStream in) {
        List<TwoColumns> found = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.filter(row -> row.getRowNum() > 1).forEach(row -> {
                String first = text(row, 0);
                String second = text(row, 1);
                if (!first.isEmpty() || !second.isEmpty() || !blank(row)) {
                    found.add(new TwoColumns(row.getRowNum(), first, second));
                }
            });
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.invalid("file", "enrolment.bulk.file.unreadable");
        }
        return found;
    }

    /** A workbook to fill in: one sheet with two bold headings. */
    static void writeHeadings(OutputStream out, String sheetName, String first, String second, int firstWidth)
            throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        sheet.value(0, 0, first);
        sheet.value(0, 1, second);
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        sheet.width(0, firstWidth);
        sheet.width(1, 18);
        workbook.finish();
    }

    private static boolean blank(Row row) {
        for (int column = 0; column < row.getCellCount(); column++) {
            if (!text(row, column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A cell's text, stripped; a whole number without its decimal zeros; blank when there is no such cell. */
    static String text(Row row, int column) {
        if (column >= row.getCellCount()) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
            case EMPTY -> "";
            default -> PastedList.strip(cell.getText());
        };
    }
}
