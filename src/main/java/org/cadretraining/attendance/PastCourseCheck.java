package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.attendance.PastAttendancePlan.Problem;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMember;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Whether the chosen items of a course can be recorded as the organiser knows them: the course is published and not
 * yet completed (running is fine), has trainees, and every chosen item has ended, since late arrival and early
 * leaving are only known then.
 */
final class PastCourseCheck {

    private static final Set<CourseStatus> RECORDABLE =
            EnumSet.of(CourseStatus.NOMINATIONS_OPEN, CourseStatus.NOMINATIONS_CLOSED, CourseStatus.IN_PROGRESS);

    private PastCourseCheck() {}

    /** The problems of recording the chosen items of the course at all, whatever the lines say. */
    static List<Problem> problems(
            CourseSummary course, List<AgendaEntry> agenda, List<ClassMember> trainees, boolean oneItem, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        if (!RECORDABLE.contains(course.status())) {
            problems.add(course(
                    "attendance.afterwards.courseStatus",
                    new DefaultMessageSourceResolvable("course.status." + course.status())));
        }
        if (agenda.isEmpty()) {
            problems.add(course("attendance.afterwards.noAgenda"));
        }
        Instant now = clock.instant();
        boolean notOver = agenda.stream().anyMatch(item -> item.day()
                .atTime(item.endsAt())
                .atZone(clock.getZone())
                .toInstant()
                .isAfter(now));
        if (notOver && oneItem) {
            AgendaEntry item = agenda.getFirst();
            problems.add(course("attendance.sheet.notOver", item.day(), item.endsAt()));
        } else if (notOver) {
            problems.add(course("attendance.afterwards.notOver"));
        }
        if (trainees.isEmpty()) {
            problems.add(course("attendance.afterwards.noTrainees"));
        }
        return problems;
    }

    private static Problem course(String key, Object... arguments) {
        return new Problem(-1, null, key, arguments);
    }
}
