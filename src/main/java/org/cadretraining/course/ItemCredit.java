package org.cadretraining.course;

import java.util.Set;
import org.cadretraining.shared.CreditHours;

/**
 * An agenda item's 学时 and the rules that gave them (only those that applied), for explanations. {@code
 * hoursPerHalfDay}, {@code minutesPerHalfDay} and {@code hoursPerDay} are the figures of the rules in force, for the
 * sentence that names them.
 */
public record ItemCredit(
        CreditHours hours,
        Set<CreditBasis> bases,
        CreditHours hoursPerHalfDay,
        int minutesPerHalfDay,
        CreditHours hoursPerDay,
        DayBlock block) {

    public ItemCredit {
        bases = Set.copyOf(bases);
    }

    public boolean setByHand() {
        return bases.contains(CreditBasis.SET_BY_HAND);
    }
}
