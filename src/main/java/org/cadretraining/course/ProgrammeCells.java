package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a programme as organisers type them: dates as {@code 2024-11-14}, {@code 2024/11/14},
 * {@code 2024年11月14日} or, within the course's year, {@code 11月14日} and {@code 11/14}; times as {@code 8:30} or
 * {@code 08:30}, a sitting as {@code 8:30-11:30} (any dash, {@code ~} or {@code 至}); several names split by 、，,;；/.
 */
final class ProgrammeCells {

    private static final Pattern FULL_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})\\s*[/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:：.时点]\\s*(\\d{2})\\s*分?");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:-|–|—|－|~|～|至|到)+\\s*(.+)");
    private static final Pattern NAMES = Pattern.compile("[、，,;；/／\\n]+");

    private ProgrammeCells() {}

    /** A day of the programme; without a year, the course's first year, or its next when that fits the course. */
    static Optional<LocalDate> day(String cell, LocalDate startsOn, LocalDate endsOn) {
        String text = cell.strip();
        try {
            Matcher full = FULL_DATE.matcher(text);
            if (full.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(full.group(1)),
                        Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3))));
            }
            Matcher shortDate = SHORT_DATE.matcher(text);
            if (shortDate.matches()) {
                int month = Integer.parseInt(shortDate.group(1));
                int day = Integer.parseInt(shortDate.group(2));
                LocalDate inFirstYear = LocalDate.of(startsOn.getYear(), month, day);
                return Optional.of(
                        inFirstYear.isBefore(startsOn) && endsOn.getYear() > startsOn.getYear()
                                ? inFirstYear.plusYears(1)
                                : inFirstYear);
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(String cell) {
        Matcher time = TIME.matcher(cell.strip());
        if (!time.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** A sitting written in one cell, {@code 8:30-11:30}: its start and end, when both can be read. */
    static Optional<LocalTime[]> sitting(String cell) {
        Matcher range = RANGE.matcher(cell.strip());
        if (!range.matches()) {
            return Optional.empty();
        }
        Optional<LocalTime> from = time(range.group(1));
        Optional<LocalTime> to = time(range.group(2));
        return from.isPresent() && to.isPresent()
                ? Optional.of(new LocalTime[] {from.get(), to.get()})
                : Optional.empty();
    }

    static List<String> names(String cell) {
        return Arrays.stream(NAMES.split(cell.strip()))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** Yes, no, or empty when the cell does not say. */
    static Optional<Boolean> yesNo(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (List.of("是", "必修", "y", "yes", "true", "1", "√", "✓").contains(text)) {
            return Optional.of(true);
        }
        if (List.of("否", "选修", "n", "no", "false", "0", "×").contains(text)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    static Optional<BigDecimal> hours(String cell) {
        try {
            return Optional.of(new BigDecimal(cell.strip()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
