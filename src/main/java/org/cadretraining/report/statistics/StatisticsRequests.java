package org.cadretraining.report.statistics;

import java.time.Clock;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What a statistics request asks for, checked in the order a person should learn of a problem: first whether they
 * may read statistics at all, then whether the address could be read (a field that is no number or date is named in
 * a sentence), then whether the unit lies in their scope.
 */
@Component
class StatisticsRequests {

    /** A request that may be answered: the subtree's path, the period and the links that keep both. */
    record Resolved(String path, Period period, StatisticsCriteria criteria, DrillLinks links) {

        String query() {
            return criteria.query(period);
        }
    }

    private final StatisticsScope scope;
    private final Clock clock;

    StatisticsRequests(StatisticsScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    Resolved resolve(StatisticsCriteria criteria, BindingResult binding, CurrentUser user) {
        scope.scopeOf(user);
        readable(binding);
        Period period = criteria.period(clock);
        String path = scope.pathFor(criteria.unitId(), user);
        return new Resolved(path, period, criteria, new DrillLinks(criteria.query(period)));
    }

    /** Refuses an address whose field could not be read as what it holds (a year that is no number). */
    static void readable(BindingResult binding) {
        if (binding != null && binding.hasFieldErrors()) {
            FieldError error = binding.getFieldErrors().getFirst();
            throw DomainException.invalid(error.getField(), "report.statistics.invalid.unreadable." + error.getField());
        }
    }
}
