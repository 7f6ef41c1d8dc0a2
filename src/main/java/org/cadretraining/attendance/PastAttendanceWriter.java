package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.leave.LeaveAfterwards;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the attendance of a past course as planned, all of it or nothing: a decision "present" for every cell not
 * otherwise recorded, "absent" where the organiser says so, leave as approved leave (past the cap it withdraws the
 * cadre, as leave asked at the time would), late arrival and early leaving as checks by hand at the times given.
 * Every row points to one record of who recorded the course afterwards, when and why.
 */
@Service
class PastAttendanceWriter {

    private final PastAttendance planner;
    private final LeaveAfterwards leave;
    private final CheckInWriter checks;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PastAttendanceWriter(
            PastAttendance planner,
            LeaveAfterwards leave,
            CheckInWriter checks,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.planner = planner;
        this.leave = leave;
        this.checks = checks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Writes the plan when it has no problem and returns it; with a problem, writes nothing and returns it. */
    @Transactional
    PastAttendancePlan record(long courseId, String note, List<PastException> lines, CurrentUser by) {
        return record(courseId, null, note, lines, by);
    }

    /**
     * As {@link #record(long, String, List, CurrentUser)} for one item from its paper sheet ({@code itemId}), or every
     * item of the course with {@code itemId} null; the record says which, so the item's history names the sheet.
     */
    @Transactional
    PastAttendancePlan record(long courseId, Long itemId, String note, List<PastException> lines, CurrentUser by) {
        planner.requireMayRecord(courseId, itemId, by);
        noteProblem(note).ifPresent(problem -> {
            throw problem;
        });
        String reason = note.strip();
        PastAttendance.Cells cells = planner.cells(courseId, itemId, lines, by);
        PastAttendancePlan plan = cells.plan();
        if (!plan.writable()) {
            return plan;
        }
        Instant now = clock.instant();
        long batch = jdbc.sql("""
                        insert into attendance_afterwards (course_id, note, recorded_by, recorded_at, present_cells,
                                                           exception_cells, agenda_item_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        courseId,
                        reason,
                        by.username(),
                        Timestamp.from(now),
                        plan.presentCells(),
                        plan.exceptionCells(),
                        itemId)
                .query(Long.class)
                .single();
        List<Long> presentItems = new ArrayList<>();
        List<Long> presentCadres = new ArrayList<>();
        List<Long> absentItems = new ArrayList<>();
        List<Long> absentCadres = new ArrayList<>();
        Map<Long, List<Long>> leaveByCadre = new TreeMap<>();
        List<Scan> scans = new ArrayList<>();
        for (PastAttendancePlan.TraineeLine trainee : plan.trainees()) {
            ClassMember member = trainee.member();
            for (AgendaEntry item : cells.agenda()) {
                String cell = item.id() + ":" + member.cadreId();
                if (cells.kept().contains(cell) || !cells.expected(item, member)) {
                    continue;
                }
                PastStatus status = cells.exceptions().get(cell);
                if (status == null) {
                    presentItems.add(item.id());
                    presentCadres.add(member.cadreId());
                } else if (status == PastStatus.ABSENT) {
                    absentItems.add(item.id());
                    absentCadres.add(member.cadreId());
                } else if (status == PastStatus.ON_LEAVE) {
                    leaveByCadre
                            .computeIfAbsent(member.cadreId(), k -> new ArrayList<>())
                            .add(item.id());
                } else {
                    scans.addAll(scansFor(
                            item, member.cadreId(), status, lines, itemId == null ? "afterwards" : "paper-sheet"));
                }
            }
        }
        decide(presentItems, presentCadres, "PRESENT", reason, by, now, batch);
        decide(absentItems, absentCadres, "ABSENT", reason, by, now, batch);
        leaveByCadre.forEach((cadre, items) -> leave.record(courseId, cadre, items, reason, by));
        if (!scans.isEmpty()) {
            checks.writeAll(scans, by.username(), reason);
        }
        events.publishEvent(new PastAttendanceRecorded(courseId));
        return plan;
    }

    private void decide(
            List<Long> items, List<Long> cadres, String status, String reason, CurrentUser by, Instant at, long batch) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into attendance_override (agenda_item_id, cadre_id, status, reason, decided_by,
                                                         decided_at, afterwards_id)
                        select item, cadre, ?, ?, ?, ?, ?
                        from unnest(?::bigint[], ?::bigint[]) as cell(item, cadre)
                        """)
                .params(
                        status,
                        reason,
                        by.username(),
                        Timestamp.from(at),
                        batch,
                        items.toArray(Long[]::new),
                        cadres.toArray(Long[]::new))
                .update();
    }

    /** Late: checked in at the time given. Left early: checked in at the start, out at the time given. */
    private List<Scan> scansFor(
            AgendaEntry item, long cadreId, PastStatus status, List<PastException> lines, String source) {
        PastException line = lines.stream()
                .filter(l -> l.cadreId() == cadreId && l.itemId() != null && l.itemId() == item.id())
                .findFirst()
                .orElseThrow();
        Instant start =
                item.day().atTime(item.startsAt()).atZone(clock.getZone()).toInstant();
        Instant given = item.day().atTime(line.at()).atZone(clock.getZone()).toInstant();
        if (status == PastStatus.LATE) {
            return List.of(scan(item, cadreId, Scan.Direction.IN, given, source));
        }
        return List.of(
                scan(item, cadreId, Scan.Direction.IN, start, source),
                scan(item, cadreId, Scan.Direction.OUT, given, source));
    }

    private static Scan scan(AgendaEntry item, long cadreId, Scan.Direction direction, Instant at, String source) {
        return new Scan(UUID.randomUUID(), item.id(), cadreId, direction, CheckMethod.MANUAL, at, source);
    }

    /** Why the note given for recording attendance afterwards would be refused: it says why, in 1 to 1,000 characters. */
    static java.util.Optional<DomainException> noteProblem(String note) {
        String reason = note == null ? "" : note.strip();
        if (reason.isEmpty()) {
            return java.util.Optional.of(DomainException.invalid("note", "attendance.afterwards.noteRequired"));
        }
        if (reason.length() > 1000) {
            return java.util.Optional.of(DomainException.invalid("note", "attendance.afterwards.noteTooLong", 1000));
        }
        return java.util.Optional.empty();
    }
}
