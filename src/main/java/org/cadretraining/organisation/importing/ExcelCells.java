package org.cadretraining.organisation.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * How a workbook cell reads as text: a number as typed, a date-formatted number as the date it shows (Excel keeps
 * dates as day counts, so 45000 formatted as a date is 2023-03-15), a formula as its last calculated value.
 */
final class ExcelCells {

    /** The message key for a formula cell that carries no calculated value (saved by a program, never by Excel). */
    static final String FORMULA_WITHOUT_VALUE = "importing.problem.formulaWithoutValue";

    /** Excel's built-in date and time formats, by id; their format string is often absent from the file. */
    private static final int[][] BUILT_IN_DATE_IDS = {{14, 22}, {27, 36}, {45, 47}, {50, 58}};

    /** Format codes with a day, month, year, hour or second part, once quoted text and [colours] are removed. */
    private static final Pattern DATE_PARTS = Pattern.compile("[dmyhs]|[年月日时分秒]");

    private static final Pattern NOT_PARTS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.|_.|\\*.");

    /** 9999-12-31, the last day Excel can show. */
    private static final BigDecimal LAST_EXCEL_DAY = BigDecimal.valueOf(2_958_465);

    private ExcelCells() {}

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            return formula(cell);
        }
        return switch (type) {
            case NUMBER -> isDate(cell) ? date(cell) : plain((BigDecimal) cell.getValue());
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    /** {@code null} when the cell reads well, or the message key that says why it does not. */
    static String unreadable(Cell cell) {
        if (cell != null && cell.getType() == CellType.FORMULA && cell.getRawValue() == null) {
            return FORMULA_WITHOUT_VALUE;
        }
        return null;
    }

    private static String formula(Cell cell) {
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
    }

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null) {
            for (int[] range : BUILT_IN_DATE_IDS) {
                if (id >= range[0] && id <= range[1]) {
                    return true;
                }
            }
        }
        String format = cell.getDataFormatString();
        if (format == null || format.isBlank() || "General".equalsIgnoreCase(format)) {
            return false;
        }
        String parts =
                NOT_PARTS.matcher(format.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return DATE_PARTS.matcher(parts).find();
    }

    /** A date as ISO text; with its time of day only when it has one. */
    private static String date(Cell cell) {
        BigDecimal serial = (BigDecimal) cell.getValue();
        if (serial == null || serial.signum() < 0 || serial.compareTo(LAST_EXCEL_DAY) > 0) {
            // Excel shows ##### for these rather than a date: keep the number as typed
            return plain(serial);
        }
        LocalDateTime moment = cell.asDate();
        if (moment == null) {
            return "";
        }
        return moment.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? moment.toLocalDate().toString()
                : moment.toString().replace('T', ' ');
    }

    /** Numbers keep every digit and lose a trailing ".0", so a staff or phone number typed as a number reads right. */
    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
