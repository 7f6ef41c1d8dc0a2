package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An agenda item as it would be saved, for checks by other modules. {@code itemId} is null for a new item;
 * {@code siteId} is the item's own site or else the course's venue (null when neither is set).
 */
public record PlannedItem(
        long courseId,
        Long itemId,
        AgendaItemType type,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        Long siteId,
        Long lecturerId,
        Long cadreId) {}
