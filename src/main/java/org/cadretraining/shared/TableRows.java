package org.cadretraining.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a small table someone gives at once, from an uploaded XLSX workbook (its first sheet) or pasted from a
 * spreadsheet (cells split by tabs, or by commas when a line has no tab). Cells come out as a person reads them:
 * dates as {@code 2024-11-14}, times as {@code 08:30}, numbers without a trailing {@code .0}. Blank rows are left out;
 * each row keeps the number a person sees (the first line is row 1).
 */
public final class TableRows {

    /** A row of cells and its number as a person sees it. */
    public record TableRow(int number, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** A workbook that cannot be read as XLSX. */
    public static class UnreadableTable extends IOException {
        UnreadableTable(Throwable cause) {
            super(cause);
        }
    }

    private TableRows() {}

    public static List<TableRow> ofXlsx(byte[] workbook) throws UnreadableTable {
        List<TableRow> rows = new ArrayList<>();
        try (ReadableWorkbook book =
                        new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false));
                Stream<Row> sheet = book.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                add(rows, row.getRowNum(), cells);
            });
        } catch (IOException | RuntimeException unreadable) {
            throw new UnreadableTable(unreadable);
        }
        return rows;
    }

    public static List<TableRow> ofPaste(String text) {
        List<TableRow> rows = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String[] cells = line.contains("\t") ? line.split("\t", -1) : line.split("[,，]", -1);
            add(rows, i + 1, List.of(cells));
        }
        return rows;
    }

    /**
     * The rows as pasted text that {@link #ofPaste} reads back to the same rows with the same numbers: a page keeps
     * an uploaded table this way between its preview and its confirmation.
     */
    public static String toText(List<TableRow> rows) {
        StringBuilder text = new StringBuilder();
        int line = 1;
        for (TableRow row : rows) {
            for (; line < row.number(); line++) {
                text.append('\n');
            }
            text.append(String.join(
                            "\t",
                            row.cells().stream()
                                    .map(c -> c.replaceAll("[\t\r\n]+", " "))
                                    .toList()))
                    .append('\n');
            line++;
        }
        return text.toString();
    }

    private static void add(List<TableRow> rows, int number, List<String> cells) {
        List<String> cleaned = cells.stream().map(TableRows::clean).toList();
        if (cleaned.stream().anyMatch(cell -> !cell.isEmpty())) {
            rows.add(new TableRow(number, cleaned));
        }
    }

    /** Without surrounding spaces (full-width ones too) and the quotes a spreadsheet puts around a cell. */
    private static String clean(String cell) {
        String text = cell == null ? "" : cell.replace('\u3000', ' ').strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
        }
        return text;
    }

    /** Excel's built-in date and time formats, which a workbook may name by number alone. */
    private static boolean builtInDate(Integer id) {
        return id != null
                && ((id >= 14 && id <= 22)
                        || (id >= 27 && id <= 36)
                        || (id >= 45 && id <= 47)
                        || (id >= 50 && id <= 58));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case EMPTY -> "";
            case STRING, BOOLEAN, FORMULA, ERROR -> cell.getText();
        };
    }

    private static String number(Cell cell) {
        // colours ([Red]), locales ([$-804]) and quoted text say nothing about whether the number is a date
        String format = cell.getDataFormatString() == null
                ? ""
                : cell.getDataFormatString().toLowerCase(java.util.Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        BigDecimal value = (BigDecimal) cell.getValue();
        boolean dateLike = format.contains("y")
                || format.contains("d")
                || format.contains("h")
                || builtInDate(cell.getDataFormatId());
        if (dateLike && value != null) {
            LocalDateTime at = cell.asDate();
            boolean timeOnly = value.compareTo(BigDecimal.ONE) < 0;
            boolean hasTime = format.contains("h") || (cell.getDataFormatId() != null && cell.getDataFormatId() == 22);
            if (timeOnly) {
                return LocalTime.of(at.getHour(), at.getMinute()).toString();
            }
            return hasTime
                    ? at.toLocalDate() + " " + LocalTime.of(at.getHour(), at.getMinute())
                    : at.toLocalDate().toString();
        }
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
