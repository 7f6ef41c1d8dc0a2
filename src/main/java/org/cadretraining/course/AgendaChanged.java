package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import org.cadretraining.shared.LocalizedText;

/**
 * An item of a course's agenda was added, changed or removed. The status tells whether the change came after
 * nominations opened, when participants and lecturers must hear of it. The item as it was and as it is now travel
 * with the event (null for an item just added, or just removed), because a listener runs later, when a removed item
 * is gone and a changed one no longer shows what it was; {@code by} is the username of whoever made the change.
 */
public record AgendaChanged(
        long courseId,
        long agendaItemId,
        Change change,
        CourseStatus status,
        ItemState before,
        ItemState after,
        String by) {

    public AgendaChanged(long courseId, long agendaItemId, Change change, CourseStatus status) {
        this(courseId, agendaItemId, change, status, null, null, null);
    }

    public enum Change {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** What people need to know of an item: what, when, where and who speaks. */
    public record ItemState(
            LocalizedText title,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            Long siteId,
            Long lecturerId,
            Long speakerCadreId) {

        static ItemState of(AgendaItem item) {
            return new ItemState(
                    item.title(),
                    item.day(),
                    item.startsAt(),
                    item.endsAt(),
                    item.siteId(),
                    item.speaker().lecturerId(),
                    item.speaker().cadreId());
        }
    }
}
