package org.cadretraining.documents.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.DomainException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a room list as organisers bring it: lines pasted from a spreadsheet (cells separated by tabs; a line without
 * a tab may use commas), or the XLSX template. A first row that is the template's header is not a person.
 */
final class RoomInput {

    /** The first cell of the template's header, in both languages. */
    static final Set<String> HEADERS = Set.of("工号或姓名", "staff number or name");

    private static final int MAX_ROWS = 5_000;

    private RoomInput() {}

    static List<RoomRow> fromText(String text) {
        List<RoomRow> rows = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        if (lines.length > MAX_ROWS) {
            throw DomainException.invalid("lines", "documents.rooms.error.tooMany", MAX_ROWS);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String separator = line.contains("\t") ? "\t" : "[,，]";
            List<String> cells = Arrays.asList(line.split(separator, -1));
            if (i == 0 && isHeader(cells)) {
                continue;
            }
            rows.add(RoomRow.of(i + 1, cells));
        }
        return rows;
    }

    static List<RoomRow> fromXlsx(byte[] bytes) {
        List<RoomRow> rows = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getRowNum() > MAX_ROWS) {
                    throw DomainException.invalid("file", "documents.rooms.error.tooMany", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    cells.add(row.getCellCount() > c ? text(row, c) : "");
                }
                if (row.getRowNum() == 1 && isHeader(cells)) {
                    continue;
                }
                rows.add(RoomRow.of(row.getRowNum(), cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            // not a spreadsheet at all, or a damaged one: the organiser's file, not our fault
            throw DomainException.invalid("file", "documents.rooms.error.file");
        }
        return rows;
    }

    /**
     * The rows as pasted lines, each on the line of its row number, so that a spreadsheet's rows keep their numbers
     * when the previewed list is sent again to be confirmed.
     */
    static String toText(List<RoomRow> rows) {
        var text = new StringBuilder();
        int line = 1;
        for (RoomRow row : rows) {
            while (line < row.number()) {
                text.append('\n');
                line++;
            }
            text.append(row.who())
                    .append('\t')
                    .append(row.building())
                    .append('\t')
                    .append(row.room());
        }
        return text.toString();
    }

    /** Room numbers such as 305 come as numbers from a spreadsheet; they are text here. */
    private static String text(Row row, int column) {
        String text = row.getCellText(column);
        return text != null && text.matches("\\d+\\.0") ? text.substring(0, text.length() - 2) : text;
    }

    private static boolean isHeader(List<String> cells) {
        return !cells.isEmpty() && HEADERS.contains(cells.getFirst().strip().toLowerCase(java.util.Locale.ROOT));
    }
}
