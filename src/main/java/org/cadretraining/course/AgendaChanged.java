package org.cadretraining.course;

/**
 * An item of a course's agenda was added, changed or removed. The status tells whether the change came after
 * nominations opened, when participants and lecturers must hear of it.
 */
public record AgendaChanged(long courseId, long agendaItemId, Change change, CourseStatus status) {

    public enum Change {
        ADDED,
        CHANGED,
        REMOVED
    }
}
