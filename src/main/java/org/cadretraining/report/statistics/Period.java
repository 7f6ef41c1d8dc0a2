package org.cadretraining.report.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.cadretraining.shared.DomainException;

/**
 * The days a statistic covers, both included, in the institution's calendar: a year, or a range of at most a few
 * years. Compliance is judged for the year the period ends in.
 */
record Period(LocalDate from, LocalDate to) {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    private static final long LONGEST_DAYS = 3660;

    Period {
        if (from.isAfter(to)) {
            throw DomainException.invalid("to", "report.statistics.invalid.range", from, to);
        }
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            throw DomainException.invalid("from", "report.statistics.invalid.year", FIRST_YEAR, LAST_YEAR);
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_DAYS) {
            throw DomainException.invalid("to", "report.statistics.invalid.length", LONGEST_DAYS / 366);
        }
    }

    static Period ofYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid("year", "report.statistics.invalid.year", FIRST_YEAR, LAST_YEAR);
        }
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The year compliance is judged for: the one the period ends in. */
    public int year() {
        return to.getYear();
    }

    public boolean wholeYear() {
        return from.equals(LocalDate.of(year(), 1, 1)) && to.equals(LocalDate.of(year(), 12, 31));
    }

    /** The same days one year earlier, for the year-on-year comparison. */
    Period yearBefore() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    /** How the period reads in a heading: the year alone, or the first and last day. */
    public String label() {
        return wholeYear() ? String.valueOf(year()) : from + " – " + to;
    }
}
