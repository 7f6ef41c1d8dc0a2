package org.cadretraining.course;

import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a course stands and how it got there: it moves only by the steps {@link CourseTransition} allows, a
 * cancellation keeps its reason and a course entered after it took place keeps who recorded it. Part of the
 * {@link Course} aggregate, stored in the course's row; each step answers with the event that announces it.
 */
class CourseLifecycle {

    private CourseStatus status;
    private String cancelReason;
    private String heldRecordedBy;
    private Instant heldRecordedAt;

    CourseLifecycle() {}

    static CourseLifecycle planned() {
        CourseLifecycle lifecycle = new CourseLifecycle();
        lifecycle.status = CourseStatus.DRAFT;
        return lifecycle;
    }

    /**
     * Takes a step of the course {@code courseId}, which ends on {@code endsOn}: only a cancellation needs a reason,
     * and recording a course as held needs today's date and who records it. Answers the event to announce.
     */
    Object take(
            Long courseId,
            LocalDate endsOn,
            CourseTransition transition,
            String reason,
            LocalDate today,
            String by,
            Instant at) {
        return switch (transition) {
            case RECORD_AS_HELD -> recordAsHeld(courseId, endsOn, today, by, at);
            case CANCEL -> cancel(courseId, reason);
            case OPEN_NOMINATIONS -> move(transition, new NominationsOpened(courseId));
            case CLOSE_NOMINATIONS -> move(transition, new NominationsClosed(courseId));
            case START -> move(transition, new CourseStarted(courseId));
            case COMPLETE -> move(transition, new CourseCompleted(courseId));
            case ARCHIVE -> move(transition, new CourseArchived(courseId, by, at));
            // undoes an archive: the course is completed again, as it was before
            case UNARCHIVE -> move(transition, new CourseArchiveUndone(courseId, by, at));
        };
    }

    private Object cancel(Long courseId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "course.cancel.reasonRequired");
        }
        CourseStatus previous = status;
        move(CourseTransition.CANCEL, null);
        cancelReason = why;
        return new CourseCancelled(courseId, previous, why);
    }

    /**
     * Entered afterwards, the course skips nominations and is in progress, so that its attendance can be recorded
     * and it can complete. Only a course whose last day is past.
     */
    private Object recordAsHeld(Long courseId, LocalDate endsOn, LocalDate today, String by, Instant at) {
        if (!endsOn.isBefore(today)) {
            throw DomainException.conflict(null, "course.held.notOver", endsOn);
        }
        move(CourseTransition.RECORD_AS_HELD, null);
        heldRecordedBy = by;
        heldRecordedAt = at;
        return new CourseRecordedAsHeld(courseId, by, at);
    }

    private Object move(CourseTransition transition, Object event) {
        if (!transition.allowedFrom(status)) {
            throw DomainException.conflict(
                    "status",
                    "course.transition.refused",
                    new DefaultMessageSourceResolvable("course.transition." + transition),
                    new DefaultMessageSourceResolvable("course.status." + status));
        }
        status = transition.to();
        return event;
    }

    /** Refuses a change of the course's details or agenda once it is completed, archived or cancelled. */
    void requireChangeable() {
        if (!status.beforeCompletion()) {
            throw DomainException.conflict(
                    null, "course.unchangeable", new DefaultMessageSourceResolvable("course.status." + status));
        }
    }

    CourseStatus status() {
        return status;
    }

    String cancelReason() {
        return cancelReason;
    }

    /** Who recorded the course as held after it took place, or null for a course run in the system. */
    String heldRecordedBy() {
        return heldRecordedBy;
    }

    Instant heldRecordedAt() {
        return heldRecordedAt;
    }
}
