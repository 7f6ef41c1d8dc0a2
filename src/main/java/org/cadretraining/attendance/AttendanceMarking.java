package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's decisions: a trainee's status at an item (present or absent) whatever the checks say, and an
 * item's own thresholds for late and leaving early. Each decision is a new row with who, when and why; the latest
 * counts and the earlier ones stay.
 */
@Service
class AttendanceMarking {

    enum Decision {
        PRESENT,
        ABSENT
    }

    private static final int LONGEST_THRESHOLD_MINUTES = 24 * 60;

    private final JdbcClient jdbc;
    private final ItemWindows windows;
    private final ClassMembers members;
    private final AttendanceRights rights;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AttendanceMarking(
            JdbcClient jdbc,
            ItemWindows windows,
            ClassMembers members,
            AttendanceRights rights,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.windows = windows;
        this.members = members;
        this.rights = rights;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void decide(long courseId, long itemId, long cadreId, Decision decision, String reason, CurrentUser by) {
        rights.requireOrganiser(by);
        if (decision == null) {
            throw DomainException.invalid("status", "attendance.decision.required");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "attendance.reason.required");
        }
        requireItemOf(courseId, itemId);
        if (members.roleOf(courseId, cadreId).filter(CourseRole::trainee).isEmpty()) {
            throw DomainException.invalid("cadreId", "attendance.scan.notTrainee");
        }
        jdbc.sql("""
                        insert into attendance_override (agenda_item_id, cadre_id, status, reason, decided_by,
                                                         decided_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        itemId,
                        cadreId,
                        decision.name(),
                        reason.strip(),
                        by.username(),
                        Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AttendanceMarked(courseId, itemId, cadreId));
    }

    /**
     * Sets the item's own thresholds and how long before its start check-in opens; a blank one means the
     * institution's default.
     */
    @Transactional
    public void setThresholds(
            long courseId, long itemId, Integer lateAfter, Integer earlyLeave, Integer opensBefore, CurrentUser by) {
        rights.requireOrganiser(by);
        requireItemOf(courseId, itemId);
        check("lateAfterMinutes", lateAfter);
        check("earlyLeaveMinutes", earlyLeave);
        check("opensMinutesBefore", opensBefore);
        jdbc.sql("""
                        insert into attendance_item_rule (agenda_item_id, late_after_minutes, early_leave_minutes,
                                                          opens_minutes_before)
                        values (?, ?, ?, ?)
                        on conflict (agenda_item_id) do update
                          set late_after_minutes = excluded.late_after_minutes,
                              early_leave_minutes = excluded.early_leave_minutes,
                              opens_minutes_before = excluded.opens_minutes_before
                        """).params(itemId, lateAfter, earlyLeave, opensBefore).update();
        jdbc.sql("""
                        insert into attendance_rule_change (agenda_item_id, late_after_minutes, early_leave_minutes,
                                                            opens_minutes_before, changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(itemId, lateAfter, earlyLeave, opensBefore, by.username(), Timestamp.from(clock.instant()))
                .update();
    }

    private void requireItemOf(long courseId, long itemId) {
        if (windows.courseOf(itemId).filter(id -> id == courseId).isEmpty()) {
            throw DomainException.notFound("attendance.item.notFound");
        }
    }

    private static void check(String field, Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > LONGEST_THRESHOLD_MINUTES)) {
            throw DomainException.invalid(field, "attendance.threshold.invalid");
        }
    }
}
