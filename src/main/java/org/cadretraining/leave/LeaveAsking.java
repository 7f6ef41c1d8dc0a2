package org.cadretraining.leave;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asking for leave from agenda items of a course, and taking back a request not yet decided. */
@Service
class LeaveAsking {

    private final LeaveRequests requests;
    private final LeaveStandings standings;
    private final ClassMembers members;
    private final Clock clock;

    LeaveAsking(LeaveRequests requests, LeaveStandings standings, ClassMembers members, Clock clock) {
        this.requests = requests;
        this.standings = standings;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Asks for leave from agenda items of the course (a whole day is all its items). Only the cadre themselves, or
     * the organiser on their behalf, may ask; the cadre must be a trainee of the course.
     */
    @Transactional
    long ask(long courseId, long cadreId, Collection<Long> itemIds, String reason, CurrentUser user) {
        CourseSummary course = standings.course(courseId);
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
        String why = LeaveRequest.checkedReason(reason);
        Map<Long, AgendaEntry> agenda = standings.agenda(courseId);
        Set<Long> items = new LinkedHashSet<>(itemIds == null ? List.of() : itemIds);
        if (items.isEmpty()) {
            throw DomainException.invalid("itemIds", "leave.ask.itemsRequired");
        }
        if (!agenda.keySet().containsAll(items)) {
            throw DomainException.invalid("itemIds", "leave.ask.itemNotInCourse");
        }
        Set<Long> already = requests.pendingOrApprovedItems(courseId, cadreId);
        if (items.stream().anyMatch(already::contains)) {
            throw DomainException.conflict("itemIds", "leave.ask.alreadyAsked");
        }
        CreditHours hours =
                items.stream().map(id -> agenda.get(id).creditHours()).reduce(CreditHours.ZERO, CreditHours::plus);
        return requests.insert(courseId, cadreId, why, hours, items, clock.instant(), user.username());
    }

    /** The cadre (or the organiser who asked for them) takes back a request not yet decided. */
    @Transactional
    void cancel(long requestId, CurrentUser user) {
        LeaveRequest request = requests.lockedForDecision(requestId);
        request.requireMayCancel(user);
        requests.cancelled(requestId, clock.instant(), user.username());
    }

    /** The items of the course on a day, for asking leave for the whole day. */
    List<Long> itemsOn(long courseId, LocalDate day) {
        return standings.agenda(courseId).values().stream()
                .filter(item -> item.day().equals(day))
                .map(AgendaEntry::id)
                .toList();
    }
}
