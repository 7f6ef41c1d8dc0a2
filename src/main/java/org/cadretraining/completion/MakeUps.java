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
 * a made-up item as attended for the mandatory rule only (see {@link CompletionJudge#missesMandatory}).
 */
@Service
class MakeUps {

    static final int REASON_MAX_LENGTH = 1000;

    /** A make-up as kept. */
    record MakeUp(long cadreId, long itemId, MakeUpKind kind, String reason, Instant recordedAt, String recordedBy) {}

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
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "completion.makeUp.closed");
        }
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
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
            throw DomainException.invalid("reason", "completion.makeUp.reasonRequired");
        }
        int added = jdbc.sql("""
                        insert into completion_make_up (course_id, cadre_id, agenda_item_id, kind, reason,
                                                        recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(courseId, cadreId, itemId, kind.name(), why, Timestamp.from(clock.instant()), user.username())
                .update();
        if (added == 0) {
            throw DomainException.conflict("itemId", "completion.makeUp.already");
        }
        // the trainee's kept standing no longer misses the item: judged again once this commits
        events.publishEvent(new MakeUpRecorded(courseId, cadreId));
    }

    /** For each trainee of the course with make-ups, the items made up. */
    @Transactional(readOnly = true)
    Map<Long, Set<Long>> madeUp(long courseId) {
        Map<Long, Set<Long>> items = new HashMap<>();
        jdbc.sql("select cadre_id, agenda_item_id from completion_make_up where course_id = ?")
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
                        select cadre_id, agenda_item_id, kind, reason, recorded_at, recorded_by
                        from completion_make_up where course_id = ? order by recorded_at desc, cadre_id
                        """)
                .param(courseId)
                .query((rs, n) -> new MakeUp(
                        rs.getLong(1),
                        rs.getLong(2),
                        MakeUpKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    /** The course's mandatory items, which are the ones a make-up may be recorded for. */
    List<AgendaEntry> mandatoryItems(long courseId) {
        return catalog.agenda(courseId).stream().filter(AgendaEntry::mandatory).toList();
    }
}
