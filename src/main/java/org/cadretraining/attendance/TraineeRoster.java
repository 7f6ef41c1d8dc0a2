package org.cadretraining.attendance;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cadretraining.enrolment.ClassMembers;
import org.springframework.stereotype.Component;

/**
 * Who may be checked in at a course, kept in memory so that a burst of check-ins costs one query per course, not
 * one per scan. Someone not in the kept list is looked up again before being refused, so a trainee approved a
 * moment ago is never turned away; a place withdrawn is noticed when the list is refreshed (every 30 seconds).
 */
@Component
class TraineeRoster {

    private static final long FRESH_MILLIS = 30_000;

    private record Kept(Set<Long> trainees, long loadedAt) {}

    private final ClassMembers members;
    private final Map<Long, Kept> courses = new ConcurrentHashMap<>();

    TraineeRoster(ClassMembers members) {
        this.members = members;
    }

    boolean isTrainee(long courseId, long cadreId) {
        Kept kept = courses.get(courseId);
        long now = System.currentTimeMillis();
        if (kept != null
                && now - kept.loadedAt() < FRESH_MILLIS
                && kept.trainees().contains(cadreId)) {
            return true;
        }
        Kept fresh = new Kept(members.trainees(courseId), now);
        courses.put(courseId, fresh);
        return fresh.trainees().contains(cadreId);
    }
}
