package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of attendance: each trainee's status at each agenda item of a course, reckoned from
 * the checks that count, the organiser's decisions, approved leave and the thresholds.
 */
@Service
public class AttendanceRecords {

    private final JdbcClient jdbc;
    private final CourseCatalog courses;
    private final ClassMembers members;
    private final LeaveBook leave;
    private final Clock clock;
    private final RecordedChecks recorded;

    AttendanceRecords(
            JdbcClient jdbc,
            CourseCatalog courses,
            ClassMembers members,
            LeaveBook leave,
            Clock clock,
            RecordedChecks recorded) {
        this.recorded = recorded;
        this.jdbc = jdbc;
        this.courses = courses;
        this.members = members;
        this.leave = leave;
        this.clock = clock;
    }

    /**
     * Every trainee of the course at every agenda item, in agenda order, then by cadre: a trainee withdrawn since
     * (退学) included, whose attendance stays on record (the course archive reads it here).
     */
    @Transactional(readOnly = true)
    public List<ItemAttendance> ofCourse(long courseId) {
        return ofTrainees(courseId, null);
    }

    /**
     * The trainees among {@code cadreIds} (all of them when it is null) at every agenda item of the course, in agenda
     * order, then by cadre.
     */
    @Transactional(readOnly = true)
    public List<ItemAttendance> ofTrainees(long courseId, Collection<Long> cadreIds) {
        return ofTrainees(
                courses.course(courseId).orElseThrow(),
                courses.agenda(courseId),
                members.everyoneAdmitted(courseId),
                cadreIds);
    }

    /**
     * As {@link #ofTrainees(long, Collection)}, for a caller that has read the course, its agenda and its class list
     * already (completion, judging a burst of check-ins), so that they are not read twice.
     */
    @Transactional(readOnly = true)
    public List<ItemAttendance> ofTrainees(
            CourseSummary course, List<AgendaEntry> agenda, List<ClassMember> classList, Collection<Long> cadreIds) {
        long courseId = course.id();
        Map<Long, Integer> cohortOf = new HashMap<>();
        for (ClassMember member : classList) {
            if (member.trainee() && (cadreIds == null || cadreIds.contains(member.cadreId()))) {
                cohortOf.put(member.cadreId(), member.cohort());
            }
        }
        List<Long> trainees = cohortOf.keySet().stream().sorted().toList();
        Long[] only = cadreIds == null ? null : cadreIds.toArray(Long[]::new);
        Map<Long, Set<Long>> onLeave = leave.itemsOnLeave(courseId);
        Map<Long, Map<Long, RecordedChecks.Checks>> checks = recorded.checks(courseId, only);
        Map<Long, Map<Long, String>> overrides = recorded.overrides(courseId, only);
        Map<Long, int[]> thresholds = recorded.thresholds(courseId);
        TrainingRules rules = courses.rules();
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        List<ItemAttendance> result = new ArrayList<>();
        for (AgendaEntry item : agenda) {
            if (!item.type().hasSitting()) {
                continue; // homework is handed in, not attended: no one checks in to it, so no one can miss it
            }
            int[] own = thresholds.get(item.id());
            // the item's times once, not once per trainee: a burst judges two thousand trainees at each item
            Instant start = item.day().atTime(item.startsAt()).atZone(zone).toInstant();
            Instant end = item.day().atTime(item.endsAt()).atZone(zone).toInstant();
            Thresholds limits = new Thresholds(
                    own != null && own[0] >= 0 ? own[0] : rules.lateAfterMinutes(),
                    own != null && own[1] >= 0 ? own[1] : rules.earlyLeaveMinutes(),
                    start,
                    end,
                    now);
            Map<Long, RecordedChecks.Checks> itemChecks = checks.getOrDefault(item.id(), Map.of());
            Map<Long, String> itemOverrides = overrides.getOrDefault(item.id(), Map.of());
            for (Long cadreId : trainees) {
                if (!course.expects(cohortOf.get(cadreId), item.day())) {
                    continue; // another cohort's day: nothing is expected of this trainee
                }
                boolean excused = onLeave.getOrDefault(cadreId, Set.of()).contains(item.id());
                result.add(reckon(item, cadreId, itemChecks.get(cadreId), itemOverrides.get(cadreId), excused, limits));
            }
        }
        return result;
    }

    /** The times the course's attendance was recorded after it took place, the first first. */
    @Transactional(readOnly = true)
    public List<RecordedAfterwards> recordedAfterwards(long courseId) {
        return jdbc.sql("""
                        select recorded_by, recorded_at, note, present_cells, exception_cells
                        from attendance_afterwards where course_id = ? order by id
                        """)
                .param(courseId)
                .query((rs, n) -> new RecordedAfterwards(
                        rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** What an item's attendance is reckoned against: its thresholds and times, and the moment of reckoning. */
    private record Thresholds(int lateAfterMinutes, int earlyLeaveMinutes, Instant start, Instant end, Instant now) {}

    private ItemAttendance reckon(
            AgendaEntry item,
            long cadreId,
            RecordedChecks.Checks checks,
            String override,
            boolean excused,
            Thresholds limits) {
        Instant start = limits.start();
        Instant end = limits.end();
        long length = Duration.between(start, end).toMinutes();
        Instant in = checks == null ? null : checks.in();
        Instant out = checks == null ? null : checks.out();
        if ("ABSENT".equals(override)) {
            return new ItemAttendance(item.id(), cadreId, AttendanceStatus.ABSENT, in, out, false, false, 0, length);
        }
        if ("PRESENT".equals(override)) {
            return new ItemAttendance(
                    item.id(), cadreId, AttendanceStatus.PRESENT, in, out, false, false, length, length);
        }
        if (in == null) {
            AttendanceStatus status = excused
                    ? AttendanceStatus.ON_LEAVE
                    : limits.now().isBefore(end) ? AttendanceStatus.EXPECTED : AttendanceStatus.ABSENT;
            return new ItemAttendance(item.id(), cadreId, status, null, null, false, false, 0, length);
        }
        Instant from = in.isAfter(start) ? in : start;
        Instant to = out == null || out.isAfter(end) ? end : out;
        long minutes = to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
        boolean late = in.isAfter(start.plus(Duration.ofMinutes(limits.lateAfterMinutes())));
        boolean leftEarly = out != null && out.isBefore(end.minus(Duration.ofMinutes(limits.earlyLeaveMinutes())));
        AttendanceStatus status =
                late ? AttendanceStatus.LATE : leftEarly ? AttendanceStatus.LEFT_EARLY : AttendanceStatus.PRESENT;
        return new ItemAttendance(item.id(), cadreId, status, in, out, late, leftEarly, minutes, length);
    }
}
