package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveAfterwards;
import org.cadretraining.leave.LeaveBook;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the attendance of a course that already took place, as the organiser knows it: everyone present at every
 * item except the lines they give. Cells already recorded (a check-in, a decision, approved leave) are kept as they
 * are; a line that would change one is refused, so nothing recorded at the time is ever overwritten.
 */
@Service
class PastAttendance {

    private static final Set<CourseStatus> RECORDABLE =
            EnumSet.of(CourseStatus.NOMINATIONS_OPEN, CourseStatus.NOMINATIONS_CLOSED, CourseStatus.IN_PROGRESS);

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final LeaveBook leave;
    private final LeaveAfterwards leaveAfterwards;
    private final AttendanceRights rights;
    private final JdbcClient jdbc;
    private final Clock clock;

    PastAttendance(
            CourseCatalog catalog,
            ClassMembers members,
            LeaveBook leave,
            LeaveAfterwards leaveAfterwards,
            AttendanceRights rights,
            JdbcClient jdbc,
            Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.leave = leave;
        this.leaveAfterwards = leaveAfterwards;
        this.rights = rights;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A plan with the cells it would write: each trainee's status at each item, by "item:cadre". */
    record Cells(
            PastAttendancePlan plan, List<AgendaEntry> agenda, Map<String, PastStatus> exceptions, Set<String> kept) {}

    @Transactional(readOnly = true)
    PastAttendancePlan plan(long courseId, List<PastException> lines, CurrentUser by) {
        return cells(courseId, lines, by).plan();
    }

    @Transactional(readOnly = true)
    Cells cells(long courseId, List<PastException> lines, CurrentUser by) {
        rights.requireOrganiser(by);
        CourseSummary course = catalog.course(courseId).orElseThrow(() -> DomainException.notFound("course.notFound"));
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        List<ClassMember> trainees = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        List<Problem> problems = new ArrayList<>(courseProblems(course, agenda, trainees));
        Set<String> kept = recordedCells(courseId);
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
                .map(t -> traineeLine(courseId, t, agenda, exceptions, kept))
                .toList();
        int keptCells = lineup.stream().mapToInt(TraineeLine::kept).sum();
        return new Cells(
                new PastAttendancePlan(course, agenda.size(), lineup, problems, keptCells), agenda, exceptions, kept);
    }

    private List<Problem> courseProblems(CourseSummary course, List<AgendaEntry> agenda, List<ClassMember> trainees) {
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
        if (notOver) {
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

    private TraineeLine traineeLine(
            long courseId,
            ClassMember trainee,
            List<AgendaEntry> agenda,
            Map<String, PastStatus> exceptions,
            Set<String> kept) {
        Map<PastStatus, Integer> counts = new EnumMap<>(PastStatus.class);
        List<Long> leaveItems = new ArrayList<>();
        int present = 0;
        int keptHere = 0;
        for (AgendaEntry item : agenda) {
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
                !leaveItems.isEmpty() && !leaveAfterwards.staysWithinCap(courseId, trainee.cadreId(), leaveItems);
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

    /** Cells that already hold a check-in, an organiser's decision or approved leave. */
    private Set<String> recordedCells(long courseId) {
        Set<String> cells = new HashSet<>(
                jdbc.sql("""
                        select c.agenda_item_id || ':' || c.cadre_id from attendance_check c
                        join agenda_item i on i.id = c.agenda_item_id where i.course_id = ? and c.direction = 'IN'
                        union
                        select o.agenda_item_id || ':' || o.cadre_id from attendance_override o
                        join agenda_item i on i.id = o.agenda_item_id where i.course_id = ?
                        """).params(courseId, courseId).query(String.class).list());
        leave.itemsOnLeave(courseId).forEach((cadre, items) -> items.forEach(item -> cells.add(item + ":" + cadre)));
        return cells;
    }
}
