package org.cadretraining.attendance;

import java.util.List;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMember;

/**
 * What recording a past course's attendance would write, before anything is written: per trainee how many items
 * they attended and how they missed the others, the cells already recorded (kept as they are), and every problem of
 * the input next to its line ({@code line} is -1 for a problem of the whole course).
 */
record PastAttendancePlan(
        CourseSummary course, int items, List<TraineeLine> trainees, List<Problem> problems, int keptCells) {

    record TraineeLine(
            ClassMember member,
            int present,
            int absent,
            int onLeave,
            int late,
            int leftEarly,
            int kept,
            boolean pastLeaveCap) {}

    record Problem(int line, String field, String messageKey, Object[] arguments) {}

    public boolean writable() {
        return problems.isEmpty();
    }

    public int presentCells() {
        return trainees.stream().mapToInt(TraineeLine::present).sum();
    }

    public int exceptionCells() {
        return trainees.stream()
                .mapToInt(t -> t.absent() + t.onLeave() + t.late() + t.leftEarly())
                .sum();
    }

    public List<Problem> problemsOf(int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }
}
