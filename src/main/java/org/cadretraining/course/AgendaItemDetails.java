package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;

/**
 * What describes an agenda item. A null site means the course's main venue; a null credit override means the
 * institution's rule decides the item's 学时. {@code speakers} are in order, the first being the item's main
 * speaker; {@code presider} chairs the item (主持人). With {@code sharesSitting} the item shares its sitting with the
 * items of the course it overlaps at the same place (a ceremony then a meeting), so they do not clash.
 *
 * <p>Homework has no sitting: it is handed in by a due time, kept as {@code day} and {@code endsAt} with
 * {@code startsAt} equal to it, and has no place.
 */
record AgendaItemDetails(
        AgendaItemType type,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        Long siteId,
        List<Speaker> speakers,
        Speaker presider,
        LocalizedText title,
        boolean mandatory,
        CreditHours creditOverride,
        boolean sharesSitting) {

    AgendaItemDetails {
        if (!type.hasSitting()) {
            startsAt = endsAt;
            siteId = null;
            sharesSitting = false;
        } else if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("endsAt", "course.agenda.time.order");
        }
        speakers = speakers == null
                ? List.of()
                : speakers.stream().filter(s -> !s.none()).toList();
        presider = presider == null ? Speaker.NONE : presider;
    }

    /** An item with one speaker (or none), no presider, not sharing its sitting: the common case. */
    AgendaItemDetails(
            AgendaItemType type,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            Long siteId,
            Speaker speaker,
            LocalizedText title,
            boolean mandatory,
            CreditHours creditOverride) {
        this(
                type,
                day,
                startsAt,
                endsAt,
                siteId,
                speaker == null ? List.of() : List.of(speaker),
                Speaker.NONE,
                title,
                mandatory,
                creditOverride,
                false);
    }

    /** The main speaker, or nobody. */
    Speaker speaker() {
        return speakers.isEmpty() ? Speaker.NONE : speakers.getFirst();
    }

    /** When homework is due; null for an item with a sitting. */
    LocalDateTime dueAt() {
        return type.hasSitting() ? null : day.atTime(endsAt);
    }

    /** The same item on another day, at the same time. */
    AgendaItemDetails onDay(LocalDate other) {
        return new AgendaItemDetails(
                type,
                other,
                startsAt,
                endsAt,
                siteId,
                speakers,
                presider,
                title,
                mandatory,
                creditOverride,
                sharesSitting);
    }
}
