package org.cadretraining.course;

import java.util.Optional;
import org.cadretraining.shared.CreditHours;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a mandatory item earns no 学时, so that the organiser sees it where the item is planned: cadres must attend
 * an item that adds nothing to their hours, which is allowed but should be deliberate.
 */
final class ZeroCredit {

    private ZeroCredit() {}

    /** The reason, as a message, when the item is mandatory and earns 0 学时; empty otherwise. */
    static Optional<MessageSourceResolvable> reason(
            AgendaItemType type,
            java.time.LocalTime startsAt,
            boolean mandatory,
            CreditHours credit,
            boolean overridden,
            TrainingRules rules) {
        if (!mandatory || credit.quarters() > 0) {
            return Optional.empty();
        }
        if (overridden) {
            return Optional.of(message("course.credit.zero.fixed"));
        }
        if (!type.hasSitting()) {
            return Optional.of(message("course.credit.zero.homework"));
        }
        if (rules.eveningEarnsNothing(startsAt)) {
            return Optional.of(message("course.credit.zero.evening", rules.eveningStarts()));
        }
        return Optional.of(message("course.credit.zero.dayFull", rules.hoursPerDay()));
    }

    private static MessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
