package org.cadretraining.credit.online;

import java.util.Comparator;
import java.util.List;
import org.cadretraining.shared.CreditHours;

/**
 * One version of the online learning rule: rows, each counting a course of at least its minutes (and less than the
 * next row's) as its hours, and a bonus for a passed test. Rows are held longest first; the last starts at 0 minutes,
 * so every length finds its row.
 */
record OnlineRule(int version, CreditHours testBonus, List<Row> rows) {

    /** A row of the table; {@code position} is its number as the organiser sees it (1 = the longest courses). */
    record Row(int position, int minMinutes, CreditHours hours) {}

    /** What the rule makes of one course: the row that counted it, its hours, and the bonus when the test passed. */
    record Counted(Row row, CreditHours rowHours, CreditHours bonus, CreditHours total) {}

    OnlineRule {
        rows = rows.stream()
                .sorted(Comparator.comparingInt(Row::minMinutes).reversed())
                .toList();
        if (rows.isEmpty() || rows.getLast().minMinutes() != 0) {
            throw new IllegalArgumentException("The online rule needs a row starting at 0 minutes");
        }
    }

    Counted count(int minutes, boolean testPassed) {
        Row row =
                rows.stream().filter(r -> minutes >= r.minMinutes()).findFirst().orElseThrow();
        CreditHours bonus = testPassed ? testBonus : CreditHours.ZERO;
        return new Counted(row, row.hours(), bonus, row.hours().plus(bonus));
    }

    /** The minutes at which the next longer row starts, or {@code null} for the longest. */
    Integer upperBound(Row row) {
        int index = rows.indexOf(row);
        return index <= 0 ? null : rows.get(index - 1).minMinutes();
    }

    Row row(int position) {
        return rows.stream().filter(r -> r.position() == position).findFirst().orElseThrow();
    }
}
