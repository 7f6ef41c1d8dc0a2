package org.cadretraining.attendance;

import java.util.Map;
import java.util.Optional;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.springframework.stereotype.Component;

/**
 * Who may be checked in at a course: a trainee with an approved place. Read from the database ({@link #isTrainee}),
 * or from the course's places this node keeps ({@link #kept}), which may only let a scan through to the writer: the
 * writer judges it again from the database when the places may have changed since ({@link KeptFacts}).
 */
@Component
class TraineeRoster {

    private final ClassMembers members;
    private final KeptFacts<Long, Map<Long, CourseRole>> places;

    TraineeRoster(ClassMembers members, CheckInFactsVersion version) {
        this.members = members;
        this.places = new KeptFacts<>(version, 100);
    }

    /** Whether the cadre is a trainee of the course, as the database says now. */
    boolean isTrainee(long courseId, long cadreId) {
        return members.roleOf(courseId, cadreId).map(CourseRole::trainee).orElse(false);
    }

    /** The cadre's part in the course as this node keeps it, with the version of the places it was read at. */
    KeptFacts.Kept<Optional<CourseRole>> kept(long courseId, long cadreId) {
        KeptFacts.Kept<Map<Long, CourseRole>> course = places.get(courseId, members::rolesOf);
        return new KeptFacts.Kept<>(Optional.ofNullable(course.value().get(cadreId)), course.version());
    }
}
