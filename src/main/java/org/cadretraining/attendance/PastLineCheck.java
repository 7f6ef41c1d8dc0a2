package org.cadretraining.attendance;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadretraining.attendance.PastAttendancePlan.Problem;
import org.cadretraining.course.CourseCatalog.AgendaEntry;

/** The checks of one line of "everyone was present except …", each problem next to the field it concerns. */
final class PastLineCheck {

    private PastLineCheck() {}

    static List<Problem> problems(int line, PastException exception, List<AgendaEntry> agenda, Set<Long> trainees) {
        List<Problem> problems = new ArrayList<>();
        if (exception.cadreId() == null) {
            problems.add(problem(line, "cadreId", "attendance.afterwards.cadreRequired"));
        } else if (!trainees.contains(exception.cadreId())) {
            problems.add(problem(line, "cadreId", "attendance.scan.notTrainee"));
        }
        if (exception.status() == null) {
            problems.add(problem(line, "status", "attendance.afterwards.statusRequired"));
        }
        List<AgendaEntry> items = exception.items(agenda);
        if (items.isEmpty()) {
            problems.add(problem(
                    line,
                    "scope",
                    exception.itemId() != null
                            ? "attendance.afterwards.itemNotInCourse"
                            : "attendance.afterwards.dayEmpty"));
        } else if (exception.status() != null && exception.status().needsTime()) {
            if (exception.itemId() == null) {
                problems.add(problem(line, "scope", "attendance.afterwards.oneItemForTime"));
            } else {
                AgendaEntry item = items.getFirst();
                LocalTime at = exception.at();
                if (at == null || !at.isAfter(item.startsAt()) || !at.isBefore(item.endsAt())) {
                    problems.add(problem(
                            line, "at", "attendance.afterwards.timeWithinItem", item.startsAt(), item.endsAt()));
                }
            }
        }
        return problems;
    }

    private static Problem problem(int line, String field, String key, Object... arguments) {
        return new Problem(line, field, key, arguments);
    }
}
