package org.cadretraining.course;

import static org.cadretraining.course.CourseStatus.COMPLETED;
import static org.cadretraining.course.CourseStatus.DRAFT;
import static org.cadretraining.course.CourseStatus.IN_PROGRESS;
import static org.cadretraining.course.CourseStatus.NOMINATIONS_CLOSED;
import static org.cadretraining.course.CourseStatus.NOMINATIONS_OPEN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;

/** The steps a course may take, each from the statuses it is allowed from. */
enum CourseTransition {
    OPEN_NOMINATIONS(NOMINATIONS_OPEN, DRAFT),
    CLOSE_NOMINATIONS(NOMINATIONS_CLOSED, NOMINATIONS_OPEN),
    START(IN_PROGRESS, NOMINATIONS_CLOSED),
    /** A course entered after it took place goes straight to "in progress", ready for its attendance and completion. */
    RECORD_AS_HELD(IN_PROGRESS, DRAFT, NOMINATIONS_OPEN, NOMINATIONS_CLOSED),
    COMPLETE(COMPLETED, IN_PROGRESS),
    ARCHIVE(CourseStatus.ARCHIVED, COMPLETED),
    UNARCHIVE(COMPLETED, CourseStatus.ARCHIVED),
    CANCEL(CourseStatus.CANCELLED, DRAFT, NOMINATIONS_OPEN, NOMINATIONS_CLOSED, IN_PROGRESS);

    private final CourseStatus to;
    private final Set<CourseStatus> from;

    CourseTransition(CourseStatus to, CourseStatus first, CourseStatus... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    CourseStatus to() {
        return to;
    }

    boolean allowedFrom(CourseStatus status) {
        return from.contains(status);
    }

    /** How the step appears in a URL: {@code open-nominations}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<CourseTransition> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }

    static List<CourseTransition> availableFrom(CourseStatus status) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
    }

    /** The steps this person may take from the status: only an administrator undoes an archive. */
    static List<CourseTransition> availableFrom(CourseStatus status, CurrentUser user) {
        return availableFrom(status).stream().filter(t -> t.mayBeTakenBy(user)).toList();
    }

    boolean mayBeTakenBy(CurrentUser user) {
        return this == UNARCHIVE ? user.has(Role.ADMINISTRATOR) : CourseRights.mayPlan(user);
    }
}
