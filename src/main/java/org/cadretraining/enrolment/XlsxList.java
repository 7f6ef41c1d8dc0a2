package org.cadretraining.enrolment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cadretraining.shared.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.MessageSource;

/**
 * The spreadsheet of a bulk enrolment: the first sheet, a heading row, then a staff number (column A) or a name
 * (column B) in each row. A row with neither is kept, so that the report names its row number.
 */
final class XlsxList {

    private XlsxList() {}

    static List<Wanted> read(InputStream in) {
        List<Wanted> wanted = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.filter(row -> row.getRowNum() > 1).forEach(row -> {
                String staffNumber = text(row, 0);
                String name = text(row, 1);
                if (!staffNumber.isEmpty() || !name.isEmpty() || !blank(row)) {
                    wanted.add(Wanted.inRow(row.getRowNum(), staffNumber.isEmpty() ? name : staffNumber));
                }
            });
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.invalid("file", "enrolment.bulk.file.unreadable");
        }
        return wanted;
    }

    static void writeTemplate(OutputStream out, MessageSource messages, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("enrolment.bulk.template.sheet", null, locale));
        sheet.value(0, 0, messages.getMessage("enrolment.staffNumber", null, locale));
        sheet.value(0, 1, messages.getMessage("enrolment.bulk.name", null, locale));
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        sheet.width(0, 18);
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

    private static String text(Row row, int column) {
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
