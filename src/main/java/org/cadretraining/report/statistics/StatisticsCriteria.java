package org.cadretraining.report.statistics;

import java.time.Clock;
import java.time.LocalDate;
import org.cadretraining.shared.DomainException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a statistic is asked for, as it travels in the address: a unit (none = the person's whole scope) and a year,
 * or a range of days instead of the year (both ends given).
 */
record StatisticsCriteria(Long unitId, Integer year, LocalDate from, LocalDate to) {

    /** The period asked for; this year when none is given. */
    Period period(Clock clock) {
        if (from != null || to != null) {
            if (from == null) {
                throw DomainException.invalid("from", "report.statistics.invalid.fromMissing");
            }
            if (to == null) {
                throw DomainException.invalid("to", "report.statistics.invalid.toMissing");
            }
            return new Period(from, to);
        }
        return Period.ofYear(year == null ? LocalDate.now(clock).getYear() : year);
    }

    /** The same unit and year, without a range of days: the annual report covers a calendar year. */
    StatisticsCriteria wholeYear() {
        return new StatisticsCriteria(unitId, year, null, null);
    }

    /** The query string that asks for the same unit and period again. */
    String query(Period period) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (unitId != null) {
            query.queryParam("unitId", unitId);
        }
        if (period.wholeYear()) {
            query.queryParam("year", period.year());
        } else {
            query.queryParam("from", period.from()).queryParam("to", period.to());
        }
        return query.build().getQuery();
    }
}
