package org.cadretraining.attendance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.attendance.PastAttendancePlan.Problem;
import org.cadretraining.attendance.PastAttendancePlan.TraineeLine;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveAfterwards;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans attendance recorded as the organiser knows it, for a chosen set of items: every item of a course that
 * already took place, or one item from its paper sign-in sheet (while the course runs too): everyone present except
 * the lines they give. Cells already recorded (a check-in, a decision, approved leave) are kept as they are; a line
 * that would change one is refused, so nothing recorded at the time is ever overwritten. The chosen items must all
 * have ended: late arrival and early leaving are only known then.
 */
@Service
class PastAttendance {

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final RecordedCells recorded;
    private final LeaveAfterwards leaveAfterwards;
    private final AttendanceRights rights;
    private final Clock clock;

    PastAttendance(
            CourseCatalog catalog,
            ClassMembers members,
            RecordedCells recorded,
            LeaveAfterwards leaveAfterwards,
            AttendanceRights rights,
            Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.recorded = recorded;
        this.leaveAfterwards = leaveAfterwards;
        this.rights = rights;
        this.clock = clock;
    }

    /** A plan with the cells it would write: each trainee's status at each item, by "item:cadre". */
    record Cells(
            PastAttendancePlan plan,
            List<AgendaEntry> agenda,
            Map<String, PastStatus> exceptions,
            Set<String> kept,
            CourseSummary course) {

        /** Whether the trainee was expected at the item: in a course of cohorts, only on their cohort's days. */
        boolean expected(AgendaEntry item, ClassMember member) {
            return course.expects(member.cohort(), item.day());
        }
    }

    @Transactional(readOnly = true)
    PastAttendancePlan plan(long courseId, List<PastException> lines, CurrentUser by) {
        return cells(courseId, lines, by).plan();
    }

    @Transactional(readOnly = true)
    Cells cells(long courseId, List<PastException> lines, CurrentUser by) {
        return cells(courseId, null, lines, by);
    }

    /**
     * The plan for one item ({@code itemId}) from its paper sheet, or with {@code itemId} null for every item of the
     * course.
     */
    @Transactional(readOnly = true)
    Cells cells(long courseId, Long itemId, List<PastException> lines, CurrentUser by) {
        requireMayRecord(courseId, itemId, by);
        CourseSummary course = catalog.course(courseId).orElseThrow(() -> DomainException.notFound("course.notFound"));
        List<AgendaEntry> agenda = catalog.agenda(courseId).stream()
                .filter(item -> itemId == null || item.id() == itemId)
                .toList();
        if (itemId != null && agenda.isEmpty()) {
            throw DomainException.notFound("attendance.item.notFound");
        }
        List<ClassMember> trainees = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        List<Problem> problems =
                new ArrayList<>(PastCourseCheck.problems(course, agenda, trainees, itemId != null, clock));
        Set<String> kept = recorded.of(courseId);
        Set<Long> traineeIds = new HashSet<>();
        trainees.forEach(t -> traineeIds.add(t.cadreId()));
        Map<String, PastStatus> exceptions = new HashMap<>();
        Map<String, Integer> lineOfCell = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PastException line = lines.get(i);
            List<Problem> own = PastLineCheck.problems(i, line, agenda, traineeIds);
            problems.addAll(own);
            if (!own.isEmpty()) {
                continue;
            }
            for (AgendaEntry item : line.items(agenda)) {
                String cell = item.id() + ":" + line.cadreId();
                Integer earlier = lineOfCell.putIfAbsent(cell, i);
                if (kept.contains(cell)) {
                    problems.add(new Problem(i, "scope", "attendance.afterwards.alreadyRecorded", new Object[0]));
                    break;
                }
                if (earlier != null) {
                    problems.add(new Problem(i, "scope", "attendance.afterwards.twice", new Object[] {earlier + 1}));
                    break;
                }
                exceptions.put(cell, line.status());
            }
        }
        List<TraineeLine> lineup = trainees.stream()
                .map(t -> traineeLine(course, t, agenda, exceptions, kept))
                .toList();
        int keptCells = lineup.stream().mapToInt(TraineeLine::kept).sum();
        boolean nothingLeft =
                lineup.stream().allMatch(t -> t.present() + t.absent() + t.onLeave() + t.late() + t.leftEarly() == 0);
        if (problems.isEmpty() && nothingLeft) {
            // a record of nothing would only clutter the history
            problems.add(new Problem(-1, null, "attendance.afterwards.nothingToWrite", new Object[0]));
        }
        return new Cells(
                new PastAttendancePlan(course, agenda.size(), lineup, problems, keptCells),
                agenda,
                exceptions,
                kept,
                course);
    }

    /** A whole course is the organisers' to record; one item also its class teachers', who keep the sheet. */
    void requireMayRecord(long courseId, Long itemId, CurrentUser by) {
        if (itemId == null) {
            rights.requireOrganiser(by);
        } else {
            rights.requireRunsCheckIn(courseId, by);
        }
    }

    private TraineeLine traineeLine(
            CourseSummary course,
            ClassMember trainee,
            List<AgendaEntry> agenda,
            Map<String, PastStatus> exceptions,
            Set<String> kept) {
        Map<PastStatus, Integer> counts = new EnumMap<>(PastStatus.class);
        List<Long> leaveItems = new ArrayList<>();
        int present = 0;
        int keptHere = 0;
        for (AgendaEntry item : agenda) {
            if (!course.expects(trainee.cohort(), item.day())) {
                continue; // another cohort's day
            }
            String cell = item.id() + ":" + trainee.cadreId();
            PastStatus status = exceptions.get(cell);
            if (kept.contains(cell)) {
                keptHere++;
            } else if (status == null) {
                present++;
            } else {
                counts.merge(status, 1, Integer::sum);
                if (status == PastStatus.ON_LEAVE) {
                    leaveItems.add(item.id());
                }
            }
        }
        boolean pastCap =
                !leaveItems.isEmpty() && !leaveAfterwards.staysWithinCap(course.id(), trainee.cadreId(), leaveItems);
        return new TraineeLine(
                trainee,
                present,
                counts.getOrDefault(PastStatus.ABSENT, 0),
                counts.getOrDefault(PastStatus.ON_LEAVE, 0),
                counts.getOrDefault(PastStatus.LATE, 0),
                counts.getOrDefault(PastStatus.LEFT_EARLY, 0),
                keptHere,
                pastCap);
    }
}
