package org.cadretraining.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.springframework.validation.BindingResult;

/** The rules of a plan item that Bean Validation cannot say: months in order, money in yuan and fen, hours in quarters. */
final class PlanItemChecks {

    static final BigDecimal MOST_BUDGET = new BigDecimal("1000000000");
    static final BigDecimal MOST_HOURS = new BigDecimal("1000");

    /** A rule broken: the field and the message key. */
    record Problem(String field, String messageKey) {}

    private PlanItemChecks() {}

    static List<Problem> problems(PlanItemForm form) {
        List<Problem> found = new ArrayList<>();
        Integer first = form.getFirstMonth();
        Integer last = form.getLastMonth();
        if (first != null && last != null && last < first) {
            found.add(new Problem("lastMonth", "plan.item.monthsOrder"));
        }
        if (form.getBudget() != null && !isAmount(form.getBudget())) {
            found.add(new Problem("budget", "plan.item.budgetInvalid"));
        }
        BigDecimal hours = form.getPlannedHours();
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MOST_HOURS) >= 0 || !CreditHours.isValid(hours))) {
            found.add(new Problem("plannedHours", "plan.item.hoursInvalid"));
        }
        return found;
    }

    /** An amount of money the plan keeps: from 0 to under a billion yuan, in fen at most. */
    static boolean isAmount(BigDecimal amount) {
        return amount.signum() >= 0
                && amount.compareTo(MOST_BUDGET) < 0
                && amount.stripTrailingZeros().scale() <= 2;
    }

    /** Next to their fields on the page (a field Bean Validation refused already keeps its own message). */
    static void check(PlanItemForm form, BindingResult errors) {
        for (Problem problem : problems(form)) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }

    static void requireValid(PlanItemForm form) {
        problems(form).stream().findFirst().ifPresent(problem -> {
            throw DomainException.invalid(problem.field(), problem.messageKey());
        });
    }
}
