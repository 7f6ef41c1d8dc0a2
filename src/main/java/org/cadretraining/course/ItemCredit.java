package org.cadretraining.course;

import java.util.Set;
import org.cadretraining.shared.CreditHours;

/**
 * An agenda item's 学时 and the rules that gave them (only those that applied), for explanations. {@code
 * halfDayHours}, {@code halfDayMinutes} and {@code dayHours} are the figures of the rules in force, for the sentence
 * that names them; {@code block} is the part of the day the item starts in; {@code type}, {@code minutes} and {@code
 * minutesPerHour} the item's kind, length and its kind's minutes a 学时, for a kind counted by its length.
 */
public record ItemCredit(
        CreditHours hours,
        Set<CreditBasis> bases,
        CreditHours halfDayHours,
        int halfDayMinutes,
        CreditHours dayHours,
        DayBlock block,
        AgendaItemType type,
        long minutes,
        int minutesPerHour) {

    public ItemCredit {
        bases = Set.copyOf(bases);
    }

    /** An item's credit by the day and half-day rules, of no particular kind. */
    public ItemCredit(
            CreditHours hours,
            Set<CreditBasis> bases,
            CreditHours halfDayHours,
            int halfDayMinutes,
            CreditHours dayHours,
            DayBlock block) {
        this(hours, bases, halfDayHours, halfDayMinutes, dayHours, block, null, 0, 1);
    }

    public boolean setByHand() {
        return bases.contains(CreditBasis.SET_BY_HAND);
    }
}
