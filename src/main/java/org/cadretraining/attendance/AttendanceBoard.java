package org.cadretraining.attendance;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the attendance pages show: the grid of a course, one item's roster and headcount, and its history. */
@Service
class AttendanceBoard {

    /**
     * An agenda item with the thresholds that apply to it and how long before its start check-in opens; {@code own*}
     * are null where it keeps the default.
     */
    record ItemColumn(
            AgendaEntry entry,
            Integer ownLateAfter,
            Integer ownEarlyLeave,
            int lateAfter,
            int earlyLeave,
            Integer ownOpensBefore,
            int opensBefore) {}

    record Grid(
            CourseSummary course,
            List<ItemColumn> items,
            List<ClassMember> trainees,
            Map<String, ItemAttendance> cells,
            TrainingRules rules) {

        public ItemAttendance cell(long itemId, long cadreId) {
            return cells.get(itemId + ":" + cadreId);
        }
    }

    record Row(ClassMember member, ItemAttendance attendance) {

        /** Checked in and not checked out since: on the bus, or still at the site. */
        public boolean in() {
            return attendance.checkedInAt() != null && attendance.checkedOutAt() == null;
        }

        /** Not checked in and not excused: the one the bus waits for. */
        public boolean notArrived() {
            return attendance.checkedInAt() == null && attendance.status() != AttendanceStatus.ON_LEAVE;
        }
    }

    /** A trainee's badge to print: the QR code holds the signed code a staff device reads. */
    record Badge(ClassMember member, String qr) {}

    record HistoryLine(
            Instant at,
            String who,
            String what,
            String method,
            String outcome,
            LocalizedText name,
            Instant scannedAt,
            String device,
            String reason) {}

    record ItemPage(CourseSummary course, ItemColumn item, List<Row> rows, List<HistoryLine> history) {

        public long checkedIn() {
            return rows.stream()
                    .filter(r -> r.attendance().checkedInAt() != null)
                    .count();
        }

        public long checkedOut() {
            return rows.stream()
                    .filter(r -> r.attendance().checkedOutAt() != null)
                    .count();
        }

        public List<Row> notArrived() {
            return rows.stream().filter(Row::notArrived).toList();
        }

        /** Checked in but not out: who is missing when the group leaves the site. */
        public List<Row> notLeft() {
            return rows.stream().filter(Row::in).toList();
        }
    }

    private final CourseCatalog courses;
    private final ClassMembers members;
    private final AttendanceRecords records;
    private final JdbcClient jdbc;
    private final ItemHistory history;

    AttendanceBoard(
            CourseCatalog courses,
            ClassMembers members,
            AttendanceRecords records,
            JdbcClient jdbc,
            ItemHistory history) {
        this.courses = courses;
        this.members = members;
        this.records = records;
        this.jdbc = jdbc;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public Grid grid(long courseId) {
        CourseSummary course = course(courseId);
        TrainingRules rules = courses.rules();
        Map<Long, Integer[]> own = ownThresholds(courseId);
        List<ItemColumn> items = courses.agenda(courseId).stream()
                .filter(entry -> entry.type().hasSitting()) // homework has no attendance to show
                .map(entry -> column(entry, own.get(entry.id()), rules))
                .toList();
        List<ClassMember> trainees = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        Map<String, ItemAttendance> cells = records.ofCourse(courseId).stream()
                .collect(Collectors.toMap(a -> a.itemId() + ":" + a.cadreId(), Function.identity()));
        return new Grid(course, items, trainees, cells, rules);
    }

    @Transactional(readOnly = true)
    public ItemPage item(long courseId, long itemId) {
        Grid grid = grid(courseId);
        ItemColumn item = grid.items().stream()
                .filter(column -> column.entry().id() == itemId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("attendance.item.notFound"));
        // in a course of cohorts, only those expected that day (no cell for another cohort's trainees)
        List<Row> rows = grid.trainees().stream()
                .filter(member -> grid.cell(itemId, member.cadreId()) != null)
                .map(member -> new Row(member, grid.cell(itemId, member.cadreId())))
                .toList();
        return new ItemPage(grid.course(), item, rows, history.of(itemId, grid.trainees()));
    }

    /** The item's entry and its course, for the screen and the staff device. */
    @Transactional(readOnly = true)
    public AgendaEntry entry(long courseId, long itemId) {
        return courses.agenda(courseId).stream()
                .filter(entry -> entry.id() == itemId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("attendance.item.notFound"));
    }

    @Transactional(readOnly = true)
    public CourseSummary course(long courseId) {
        return courses.course(courseId).orElseThrow(() -> DomainException.notFound("attendance.course.notFound"));
    }

    private static ItemColumn column(AgendaEntry entry, Integer[] own, TrainingRules rules) {
        Integer late = own == null ? null : own[0];
        Integer early = own == null ? null : own[1];
        Integer opens = own == null ? null : own[2];
        return new ItemColumn(
                entry,
                late,
                early,
                late != null ? late : rules.lateAfterMinutes(),
                early != null ? early : rules.earlyLeaveMinutes(),
                opens,
                opens != null ? opens : rules.checkInOpensMinutesBefore());
    }

    private Map<Long, Integer[]> ownThresholds(long courseId) {
        Map<Long, Integer[]> own = new HashMap<>();
        jdbc.sql("""
                        select r.agenda_item_id, r.late_after_minutes, r.early_leave_minutes, r.opens_minutes_before
                        from attendance_item_rule r join agenda_item i on i.id = r.agenda_item_id
                        where i.course_id = ?
                        """).param(courseId).query(rs -> {
            own.put(
                    rs.getLong(1),
                    new Integer[] {(Integer) rs.getObject(2), (Integer) rs.getObject(3), (Integer) rs.getObject(4)});
        });
        return own;
    }
}
