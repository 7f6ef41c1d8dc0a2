package org.cadretraining.course;

import java.util.Set;
import org.cadretraining.shared.CreditHours;

/**
 * An agenda item's 学时 and the rules that gave them (only those that applied), for explanations. {@code
 * halfDayHours}, {@code halfDayMinutes} and {@code dayHours} are the figures of the rules in force, for the sentence
 * that names them; {@code block} is the part of the day the item starts in.
 */
public record ItemCredit(
        CreditHours hours,
        Set<CreditBasis> bases,
        CreditHours halfDayHours,
        int halfDayMinutes,
        CreditHours dayHours,
        DayBlock block) {

    public ItemCredit {
        bases = Set.copyOf(bases);
    }

    public boolean setByHand() {
        return bases.contains(CreditBasis.SET_BY_HAND);
    }
}
