package org.cadretraining.leave;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for, approves and rejects leave. Approval is tiered: leave of up to half a day may be approved by the course's
 * class teacher, longer leave only by the organiser. Approving leave that takes the cadre past the cap needs an
 * explicit confirmation, and then withdraws the cadre (退学) from the course with the reason, kept for good.
 */
@Service
class LeaveDesk {

    enum Status {
        REQUESTED,
        APPROVED,
        REJECTED,
        CANCELLED
    }

    /** A request as the pages show it. */
    record Request(
            long id,
            long courseId,
            long cadreId,
            String reason,
            Status status,
            CreditHours hours,
            List<Long> itemIds,
            Instant requestedAt,
            String requestedBy,
            Instant decidedAt,
            String decidedBy,
            String decisionNote,
            boolean pastCap) {}

    /** What an approver needs to see: the leave already approved, the cap, and where this request would take it. */
    record Standing(
            CreditHours courseHours, java.math.BigDecimal cap, CreditHours approved, CreditHours afterApproval) {

        boolean withinCapAfterApproval(TrainingRules rules) {
            return rules.withinLeaveCap(afterApproval, courseHours);
        }
    }

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final MessageSource messages;
    private final Clock clock;

    LeaveDesk(JdbcClient jdbc, CourseCatalog catalog, ClassMembers members, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Asks for leave from agenda items of the course (a whole day is all its items). Only the cadre themselves, or
     * the organiser on their behalf, may ask; the cadre must be a trainee of the course.
     */
    @Transactional
    long ask(long courseId, long cadreId, Collection<Long> itemIds, String reason, CurrentUser user) {
        CourseSummary course = course(courseId);
        boolean self = user.cadreId() != null && user.cadreId() == cadreId;
        if (!self && !user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        if (!members.roleOf(courseId, cadreId).map(CourseRole::trainee).orElse(false)) {
            throw DomainException.invalid("cadreId", "leave.ask.notTrainee");
        }
        if (course.status() == CourseStatus.DRAFT || !course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "leave.ask.courseClosed");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "leave.ask.reasonRequired");
        }
        if (why.length() > 1000) {
            throw DomainException.invalid("reason", "leave.ask.reasonTooLong");
        }
        Map<Long, AgendaEntry> agenda = agenda(courseId);
        Set<Long> items = new LinkedHashSet<>(itemIds == null ? List.of() : itemIds);
        if (items.isEmpty()) {
            throw DomainException.invalid("itemIds", "leave.ask.itemsRequired");
        }
        if (!agenda.keySet().containsAll(items)) {
            throw DomainException.invalid("itemIds", "leave.ask.itemNotInCourse");
        }
        Set<Long> already = pendingOrApprovedItems(courseId, cadreId);
        if (items.stream().anyMatch(already::contains)) {
            throw DomainException.conflict("itemIds", "leave.ask.alreadyAsked");
        }
        CreditHours hours =
                items.stream().map(id -> agenda.get(id).creditHours()).reduce(CreditHours.ZERO, CreditHours::plus);
        long id = jdbc.sql("""
                        insert into leave_request (course_id, cadre_id, reason, status, hours, requested_at,
                                                   requested_by)
                        values (?, ?, ?, 'REQUESTED', ?, ?, ?) returning id
                        """)
                .params(courseId, cadreId, why, hours.value(), Timestamp.from(clock.instant()), user.username())
                .query(Long.class)
                .single();
        for (long item : items) {
            jdbc.sql("insert into leave_request_item (request_id, agenda_item_id) values (?, ?)")
                    .params(id, item)
                    .update();
        }
        return id;
    }

    /**
     * Approves a request. Past the cap the approver must confirm; once confirmed, the cadre is withdrawn from the
     * course with the reason and told so.
     */
    @Transactional
    void approve(long requestId, boolean confirmPastCap, CurrentUser user) {
        Request request = lockedRequest(requestId);
        requireOpen(request);
        requireMayDecide(request, user);
        Standing standing = standing(request);
        TrainingRules rules = catalog.rules();
        boolean pastCap = !standing.withinCapAfterApproval(rules);
        if (pastCap && !confirmPastCap) {
            throw DomainException.conflict(
                    "confirm",
                    "leave.approve.pastCapNeedsConfirmation",
                    standing.afterApproval(),
                    capFraction(),
                    standing.cap().toPlainString());
        }
        jdbc.sql("""
                        update leave_request set status = 'APPROVED', decided_at = ?, decided_by = ?, past_cap = ?
                        where id = ?
                        """)
                .params(Timestamp.from(clock.instant()), user.username(), pastCap, requestId)
                .update();
        members.notify(request.cadreId(), request.courseId(), "leave.notice.approved");
        if (pastCap) {
            withdraw(request, standing, user);
        }
    }

    /** Rejects a request; the cadre is told why, so a note is required. */
    @Transactional
    void reject(long requestId, String note, CurrentUser user) {
        Request request = lockedRequest(requestId);
        requireOpen(request);
        requireMayDecide(request, user);
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("note", "leave.reject.noteRequired");
        }
        jdbc.sql("""
                        update leave_request set status = 'REJECTED', decided_at = ?, decided_by = ?,
                                                 decision_note = ?
                        where id = ?
                        """)
                .params(Timestamp.from(clock.instant()), user.username(), why, requestId)
                .update();
        members.notify(request.cadreId(), request.courseId(), "leave.notice.rejected");
    }

    /** The cadre (or the organiser who asked for them) takes back a request not yet decided. */
    @Transactional
    void cancel(long requestId, CurrentUser user) {
        Request request = lockedRequest(requestId);
        boolean self = user.cadreId() != null && user.cadreId() == request.cadreId();
        if (!self && !user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        requireOpen(request);
        jdbc.sql("update leave_request set status = 'CANCELLED', decided_at = ?, decided_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), user.username(), requestId)
                .update();
    }

    /** The approved leave of the request's cadre, the cap of the course, and the figure after approving it. */
    @Transactional(readOnly = true)
    Standing standing(Request request) {
        CreditHours courseHours = courseHours(request.courseId());
        CreditHours approved = approvedHours(request.courseId(), request.cadreId());
        CreditHours after = request.status() == Status.REQUESTED ? approved.plus(request.hours()) : approved;
        return new Standing(courseHours, exactCap(courseHours), approved, after);
    }

    /** Whether the user may decide this request: organisers always, the class teacher up to half a day. */
    boolean mayDecide(Request request, CurrentUser user) {
        if (user.actsForInstitution()) {
            return true;
        }
        if (user.cadreId() == null || user.cadreId() == request.cadreId()) {
            return false;
        }
        boolean classTeacher = members.roleOf(request.courseId(), user.cadreId())
                .map(role -> role == CourseRole.CLASS_TEACHER)
                .orElse(false);
        return classTeacher && upToHalfADay(request);
    }

    /** Whether the user may see every request of the course (and so decide some of them). */
    boolean mayReview(long courseId, CurrentUser user) {
        return user.actsForInstitution()
                || (user.cadreId() != null
                        && members.roleOf(courseId, user.cadreId())
                                .map(role -> role == CourseRole.CLASS_TEACHER)
                                .orElse(false));
    }

    /** Half a day: no more 学时 than a half day is worth, or all the items within one half-day block of one day. */
    boolean upToHalfADay(Request request) {
        TrainingRules rules = catalog.rules();
        if (request.hours().compareTo(rules.hoursPerHalfDay()) <= 0) {
            return true;
        }
        Map<Long, AgendaEntry> agenda = agenda(request.courseId());
        Set<String> blocks = new java.util.HashSet<>();
        for (long id : request.itemIds()) {
            AgendaEntry item = agenda.get(id);
            blocks.add(item.day() + "/" + block(item.startsAt(), rules));
            blocks.add(item.day() + "/" + block(endMinusOne(item), rules));
        }
        return blocks.size() == 1;
    }

    private static LocalTime endMinusOne(AgendaEntry item) {
        return item.endsAt().minusMinutes(1);
    }

    private static int block(LocalTime time, TrainingRules rules) {
        return time.isBefore(rules.afternoonStarts()) ? 0 : time.isBefore(rules.eveningStarts()) ? 1 : 2;
    }

    @Transactional(readOnly = true)
    List<Request> ofCourse(long courseId) {
        return requests("where r.course_id = ?", courseId);
    }

    @Transactional(readOnly = true)
    List<Request> ofCadre(long courseId, long cadreId) {
        return requests("where r.course_id = ? and r.cadre_id = ?", courseId, cadreId);
    }

    @Transactional(readOnly = true)
    Optional<Request> request(long requestId) {
        return requests("where r.id = ?", requestId).stream().findFirst();
    }

    CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("leave.course.notFound"));
    }

    Map<Long, AgendaEntry> agenda(long courseId) {
        return catalog.agenda(courseId).stream()
                .collect(Collectors.toMap(AgendaEntry::id, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    }

    /** The course's total 学时: the sum of its agenda items'. */
    CreditHours courseHours(long courseId) {
        return catalog.agenda(courseId).stream()
                .map(AgendaEntry::creditHours)
                .reduce(CreditHours.ZERO, CreditHours::plus);
    }

    /** The cap to two decimals, for people to read (36 学时 → 5.14); the rule itself compares exactly. */
    java.math.BigDecimal exactCap(CreditHours courseHours) {
        TrainingRules rules = catalog.rules();
        return courseHours
                .value()
                .multiply(java.math.BigDecimal.valueOf(rules.leaveCapNumerator()))
                .divide(java.math.BigDecimal.valueOf(rules.leaveCapDenominator()), 2, java.math.RoundingMode.DOWN);
    }

    /** The fraction of the course's 学时 that leave may take, as "1/7". */
    String capFraction() {
        TrainingRules rules = catalog.rules();
        return rules.leaveCapNumerator() + "/" + rules.leaveCapDenominator();
    }

    private CreditHours approvedHours(long courseId, long cadreId) {
        return CreditHours.of(jdbc.sql("""
                        select coalesce(sum(hours), 0) from leave_request
                        where course_id = ? and cadre_id = ? and status = 'APPROVED'
                        """)
                .params(courseId, cadreId)
                .query(java.math.BigDecimal.class)
                .single());
    }

    private Set<Long> pendingOrApprovedItems(long courseId, long cadreId) {
        return Set.copyOf(
                jdbc.sql("""
                        select i.agenda_item_id from leave_request r join leave_request_item i on i.request_id = r.id
                        where r.course_id = ? and r.cadre_id = ? and r.status in ('REQUESTED', 'APPROVED')
                        """).params(courseId, cadreId).query(Long.class).list());
    }

    private void withdraw(Request request, Standing standing, CurrentUser user) {
        Object[] args = {
            standing.afterApproval(),
            standing.courseHours(),
            capFraction(),
            standing.cap().toPlainString()
        };
        // kept in the institution's language, as the record of the decision; the English is for readers of it
        String reason = messages.getMessage("leave.withdrawal.reason", args, java.util.Locale.SIMPLIFIED_CHINESE)
                + " / " + messages.getMessage("leave.withdrawal.reason", args, java.util.Locale.ENGLISH);
        int inserted = jdbc.sql("""
                        insert into course_withdrawal (course_id, cadre_id, reason, withdrawn_at, withdrawn_by)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(request.courseId(), request.cadreId(), reason, Timestamp.from(clock.instant()), user.username())
                .update();
        if (inserted > 0) {
            members.notify(request.cadreId(), request.courseId(), "leave.notice.withdrawn");
        }
    }

    private Request lockedRequest(long requestId) {
        // one decision at a time per cadre and course, so two approvals cannot both slip under the cap
        Long cadre = jdbc.sql("select cadre_id from leave_request where id = ?")
                .param(requestId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("leave.request.notFound"));
        jdbc.sql("select id from leave_request where cadre_id = ? for update")
                .param(cadre)
                .query(Long.class)
                .list();
        return request(requestId).orElseThrow();
    }

    private static void requireOpen(Request request) {
        if (request.status() != Status.REQUESTED) {
            throw DomainException.conflict(null, "leave.request.alreadyDecided");
        }
    }

    private void requireMayDecide(Request request, CurrentUser user) {
        if (!mayDecide(request, user)) {
            if (mayReview(request.courseId(), user) && user.cadreId() != null && user.cadreId() != request.cadreId()) {
                throw DomainException.conflict(null, "leave.approve.organiserOnly");
            }
            throw DomainException.forbidden();
        }
    }

    private List<Request> requests(String where, Object... params) {
        List<Request> found = jdbc.sql("""
                        select r.id, r.course_id, r.cadre_id, r.reason, r.status, r.hours, r.requested_at,
                               r.requested_by, r.decided_at, r.decided_by, r.decision_note, r.past_cap,
                               coalesce((select string_agg(i.agenda_item_id::text, ',' order by i.agenda_item_id)
                                         from leave_request_item i where i.request_id = r.id), '') as items
                        from leave_request r
                        """ + where + " order by r.requested_at desc, r.id desc")
                .params(params)
                .query((rs, n) -> new Request(
                        rs.getLong("id"),
                        rs.getLong("course_id"),
                        rs.getLong("cadre_id"),
                        rs.getString("reason"),
                        Status.valueOf(rs.getString("status")),
                        CreditHours.of(rs.getBigDecimal("hours")),
                        rs.getString("items").isEmpty()
                                ? List.of()
                                : java.util.Arrays.stream(rs.getString("items").split(","))
                                        .map(Long::valueOf)
                                        .toList(),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getString("requested_by"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decided_by"),
                        rs.getString("decision_note"),
                        rs.getBoolean("past_cap")))
                .list();
        return found;
    }

    /** The items of the course on a day, for asking leave for the whole day. */
    List<Long> itemsOn(long courseId, LocalDate day) {
        return catalog.agenda(courseId).stream()
                .filter(item -> item.day().equals(day))
                .map(AgendaEntry::id)
                .toList();
    }
}
