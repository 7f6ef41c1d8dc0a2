package org.cadretraining.credit.online;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cadretraining.organisation.StaffNumber;
import org.cadretraining.organisation.importing.SheetFiles;

/**
 * Checks the rows of one academy's file against its mapping and counts each with the rule: every problem of a row is
 * reported by field, and a row without problems becomes a {@link StagedRecord}. Whether the cadre exists is asked
 * of the database afterwards, for all rows at once.
 */
final class RecordCheck {

    /** A problem of one row and field, with the message key and its arguments. */
    record Problem(int row, RecordField field, String messageKey, Object... arguments) {}

    interface Problems {
        void add(Problem problem);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final OnlineAcademy academy;
    private final OnlineRule rule;
    private final Map<RecordField, Integer> index = new EnumMap<>(RecordField.class);

    RecordCheck(OnlineAcademy academy, OnlineRule rule) {
        this.academy = academy;
        this.rule = rule;
    }

    /** Finds the mapped columns in the header row; each one missing is a problem of row 1. */
    boolean header(SheetFiles.Row header, Problems problems) {
        List<String> cells =
                header.cells().stream().map(c -> c == null ? "" : normalize(c)).toList();
        boolean found = true;
        for (Map.Entry<RecordField, String> e : academy.mapping().entrySet()) {
            int at = cells.indexOf(normalize(e.getValue()));
            if (at < 0) {
                problems.add(new Problem(header.number(), e.getKey(), "credit.online.problem.noColumn", e.getValue()));
                found = false;
            } else {
                index.put(e.getKey(), at);
            }
        }
        return found;
    }

    /** The row as a staged record, or {@code null} after reporting every problem it has. */
    StagedRecord row(SheetFiles.Row row, Problems problems) {
        int n = row.number();
        int before = count[0];
        Problems counting = p -> {
            count[0]++;
            problems.add(p);
        };
        String staffNumber = StaffNumber.normalize(cell(row, RecordField.STAFF_NUMBER, counting));
        String name = clean(cell(row, RecordField.NAME, counting));
        String unit = clean(cell(row, RecordField.UNIT, counting));
        if (staffNumber != null && !staffNumber.isEmpty()) {
            if (staffNumber.length() > StaffNumber.MAX_LENGTH || !StaffNumber.isAllowed(staffNumber)) {
                counting.add(
                        new Problem(n, RecordField.STAFF_NUMBER, "credit.online.problem.staffNumber", staffNumber));
            }
        } else if (isBlank(name) || isBlank(unit)) {
            counting.add(new Problem(
                    n,
                    academy.maps(RecordField.STAFF_NUMBER) ? RecordField.STAFF_NUMBER : RecordField.NAME,
                    "credit.online.problem.noCadre"));
        }
        if ((name != null && name.length() > 100) || (unit != null && unit.length() > 200)) {
            counting.add(new Problem(
                    n,
                    name != null && name.length() > 100 ? RecordField.NAME : RecordField.UNIT,
                    "credit.online.problem.tooLong"));
        }
        String title = clean(cell(row, RecordField.TITLE, counting));
        if (isBlank(title) || title.length() > 300) {
            counting.add(new Problem(n, RecordField.TITLE, "credit.online.problem.title"));
        }
        LocalDate completedOn = RecordCells.date(cell(row, RecordField.COMPLETED_ON, counting), n, counting);
        Integer minutes = null;
        BigDecimal credited = null;
        String minutesText = clean(cell(row, RecordField.MINUTES, counting));
        String hoursText = clean(cell(row, RecordField.HOURS, counting));
        if (!isBlank(minutesText)) {
            minutes = RecordCells.minutes(minutesText, n, counting);
        } else if (!isBlank(hoursText)) {
            credited = RecordCells.hours(hoursText, n, counting);
        } else {
            counting.add(new Problem(
                    n,
                    academy.maps(RecordField.MINUTES) ? RecordField.MINUTES : RecordField.HOURS,
                    "credit.online.problem.noLength"));
        }
        Boolean passed = RecordCells.passed(cell(row, RecordField.TEST_PASSED, counting), n, counting);
        if (count[0] > before) {
            return null;
        }
        if (minutes != null) {
            OnlineRule.Counted counted = rule.count(minutes, passed);
            return new StagedRecord(
                    n,
                    emptyToNull(staffNumber),
                    name,
                    unit,
                    title,
                    titleKey(title),
                    completedOn,
                    minutes,
                    null,
                    passed,
                    counted.total().value(),
                    rule.version(),
                    counted.row().position());
        }
        return new StagedRecord(
                n,
                emptyToNull(staffNumber),
                name,
                unit,
                title,
                titleKey(title),
                completedOn,
                null,
                credited,
                passed,
                credited,
                null,
                null);
    }

    private final int[] count = {0};

    /** The course as the natural key knows it: case, width and runs of spaces do not make another course. */
    static String titleKey(String title) {
        return SPACES.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    private String cell(SheetFiles.Row row, RecordField field, Problems problems) {
        Integer at = index.get(field);
        if (at == null) {
            return null;
        }
        String why = row.unreadable(at);
        if (why != null) {
            problems.add(new Problem(row.number(), field, why));
            return null;
        }
        return row.cell(at);
    }

    private static String normalize(String header) {
        return SPACES.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    static String clean(String value) {
        return value == null
                ? null
                : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
