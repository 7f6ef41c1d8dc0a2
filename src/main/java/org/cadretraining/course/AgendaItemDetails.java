package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;

/**
 * What describes an agenda item. A null site means the course's main venue; a null credit override means the
 * institution's rule decides the item's 学时.
 */
record AgendaItemDetails(
        AgendaItemType type,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        Long siteId,
        Speaker speaker,
        LocalizedText title,
        boolean mandatory,
        CreditHours creditOverride) {

    AgendaItemDetails {
        if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("endsAt", "course.agenda.time.order");
        }
        speaker = speaker == null ? Speaker.NONE : speaker;
    }

    /** The same item on another day, at the same time. */
    AgendaItemDetails onDay(LocalDate other) {
        return new AgendaItemDetails(type, other, startsAt, endsAt, siteId, speaker, title, mandatory, creditOverride);
    }
}
