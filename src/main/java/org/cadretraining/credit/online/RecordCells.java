package org.cadretraining.credit.online;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.shared.CreditHours;

/**
 * How the cells of an academy's record read: a date in the ways academies write one (2026-03-17, 2026/3/17,
 * 2026年3月17日, with or without a time), whole minutes, credited hours in quarters, and a test result in words.
 * What cannot be read is reported as a problem of its row and field.
 */
final class RecordCells {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?" + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Set<String> YES =
            Set.of("是", "合格", "通过", "已通过", "y", "yes", "true", "1", "pass", "passed", "√");
    private static final Set<String> NO = Set.of("否", "不合格", "未通过", "n", "no", "false", "0", "fail", "failed", "×", "");
    private static final int MAX_MINUTES = 100_000;

    private RecordCells() {}

    static LocalDate date(String text, int n, RecordCheck.Problems problems) {
        String value = RecordCheck.clean(text);
        Matcher m = value == null ? null : DATE.matcher(value);
        if (m != null && m.matches()) {
            try {
                LocalDate day = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (day.getYear() >= 2000 && day.getYear() <= 2100) {
                    return day;
                }
            } catch (DateTimeException notADay) {
                // reported below
            }
        }
        problems.add(new RecordCheck.Problem(
                n, RecordField.COMPLETED_ON, "credit.online.problem.date", value == null ? "" : value));
        return null;
    }

    static Integer minutes(String text, int n, RecordCheck.Problems problems) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0 && value.intValue() <= MAX_MINUTES) {
                return value.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
            // reported below
        }
        problems.add(
                new RecordCheck.Problem(n, RecordField.MINUTES, "credit.online.problem.minutes", text, MAX_MINUTES));
        return null;
    }

    static BigDecimal hours(String text, int n, RecordCheck.Problems problems) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) < 0 && CreditHours.isValid(value)) {
                return CreditHours.of(value).value();
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new RecordCheck.Problem(n, RecordField.HOURS, "credit.online.problem.hours", text));
        return null;
    }

    static Boolean passed(String text, int n, RecordCheck.Problems problems) {
        String value = text == null ? "" : RecordCheck.clean(text).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        problems.add(new RecordCheck.Problem(n, RecordField.TEST_PASSED, "credit.online.problem.passed", text));
        return false;
    }
}
