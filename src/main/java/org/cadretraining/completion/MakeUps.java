package org.cadretraining.completion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Make-ups (补学) of mandatory items: the organiser records that a trainee who missed one watched its recording or
 * wrote an assignment, with the reason; the record is kept for good with who and when. The completion rule counts
 * a made-up item as attended for the mandatory rule only (see {@link CompletionJudge#missesMandatory}). A make-up
 * recorded by mistake is withdrawn, kept with who, when and why, and counts no more.
 */
@Service
class MakeUps {

    static final int REASON_MAX_LENGTH = 1000;

    /** A make-up as kept; {@code withdrawal} is null while it counts. */
    record MakeUp(
            long id,
            long cadreId,
            long itemId,
            MakeUpKind kind,
            String reason,
            Instant recordedAt,
            String recordedBy,
            Withdrawal withdrawal) {}

    /** Who withdrew a make-up recorded by mistake, when and why. */
    record Withdrawal(Instant at, String by, String reason) {}

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MakeUps(
            JdbcClient jdbc,
            CourseCatalog catalog,
            ClassMembers members,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.members = members;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records a make-up of a mandatory item of the course for one of its trainees. Only the organiser may, while the
     * course is not yet completed (its decisions are final once it is); a make-up is recorded once.
     */
    @Transactional
    void record(long courseId, long cadreId, long itemId, MakeUpKind kind, String reason, CurrentUser user) {
        requireOpen(courseId, user);
        if (!members.roleOf(courseId, cadreId).map(CourseRole::trainee).orElse(false)) {
            throw DomainException.invalid("cadreId", "completion.makeUp.notTrainee");
        }
        boolean mandatory = catalog.agenda(courseId).stream().anyMatch(item -> item.id() == itemId && item.mandatory());
        if (!mandatory) {
            throw DomainException.invalid("itemId", "completion.makeUp.notMandatory");
        }
        if (kind == null) {
            throw DomainException.invalid("kind", "completion.makeUp.kindRequired");
        }
        String why = reasonGiven(reason);
        int added = jdbc.sql("""
                        insert into completion_make_up (course_id, cadre_id, agenda_item_id, kind, reason,
                                                        recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (course_id, cadre_id, agenda_item_id) where withdrawn_at is null do nothing
                        """)
                .params(courseId, cadreId, itemId, kind.name(), why, Timestamp.from(clock.instant()), user.username())
                .update();
        if (added == 0) {
            throw DomainException.conflict("itemId", "completion.makeUp.already");
        }
        // the trainee's kept standing no longer misses the item: judged again once this commits
        events.publishEvent(new MakeUpRecorded(courseId, cadreId));
    }

    /**
     * Withdraws a make-up recorded by mistake, saying why: kept with who withdrew it and when, it no longer meets the
     * mandatory rule. Only the organiser may, while the course is not yet completed; the page asks first. Returns
     * the trainee whose make-up it was.
     */
    @Transactional
    long withdraw(long courseId, long makeUpId, String reason, CurrentUser user) {
        requireOpen(courseId, user);
        String why = reasonGiven(reason);
        List<Long> cadre = jdbc.sql("""
                        update completion_make_up set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?
                        where id = ? and course_id = ? and withdrawn_at is null returning cadre_id
                        """)
                .params(Timestamp.from(clock.instant()), user.username(), why, makeUpId, courseId)
                .query(Long.class)
                .list();
        if (cadre.isEmpty()) {
            throw DomainException.conflict(null, "completion.makeUp.notLive");
        }
        // the trainee's kept standing misses the item again: judged again once this commits
        events.publishEvent(new MakeUpWithdrawn(courseId, cadre.getFirst()));
        return cadre.getFirst();
    }

    private void requireOpen(long courseId, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "completion.makeUp.closed");
        }
    }

    private static String reasonGiven(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
            throw DomainException.invalid("reason", "completion.makeUp.reasonRequired");
        }
        return why;
    }

    /** For each trainee of the course with make-ups, the items made up. */
    @Transactional(readOnly = true)
    Map<Long, Set<Long>> madeUp(long courseId) {
        Map<Long, Set<Long>> items = new HashMap<>();
        jdbc.sql("select cadre_id, agenda_item_id from completion_make_up where course_id = ? and withdrawn_at is null")
                .param(courseId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                });
        return items;
    }

    /** Every make-up of the course, latest first. */
    @Transactional(readOnly = true)
    List<MakeUp> ofCourse(long courseId) {
        return jdbc.sql("""
                        select id, cadre_id, agenda_item_id, kind, reason, recorded_at, recorded_by,
                               withdrawn_at, withdrawn_by, withdrawal_reason
                        from completion_make_up where course_id = ? order by recorded_at desc, cadre_id, id desc
                        """)
                .param(courseId)
                .query((rs, n) -> new MakeUp(
                        rs.getLong("id"),
                        rs.getLong("cadre_id"),
                        rs.getLong("agenda_item_id"),
                        MakeUpKind.valueOf(rs.getString("kind")),
                        rs.getString("reason"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("withdrawn_at") == null
                                ? null
                                : new Withdrawal(
                                        rs.getTimestamp("withdrawn_at").toInstant(),
                                        rs.getString("withdrawn_by"),
                                        rs.getString("withdrawal_reason"))))
                .list();
    }

    /** The course's mandatory items, which are the ones a make-up may be recorded for. */
    List<AgendaEntry> mandatoryItems(long courseId) {
        return catalog.agenda(courseId).stream().filter(AgendaEntry::mandatory).toList();
    }
}
