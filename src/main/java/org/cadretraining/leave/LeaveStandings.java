package org.cadretraining.leave;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.LeaveCap;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave held against the cap: the course's 学时, its cap (from the training rules, the one place it is reckoned), and
 * where a request would take the cadre's approved leave.
 */
@Component
class LeaveStandings {

    /** What an approver needs to see: the leave already approved, the cap, and where this request would take it. */
    record Standing(CreditHours courseHours, LeaveCap cap, CreditHours approved, CreditHours afterApproval) {

        boolean withinCapAfterApproval() {
            return cap.admits(afterApproval);
        }
    }

    private final CourseCatalog catalog;
    private final LeaveRequests requests;
    private final ClassMembers members;

    LeaveStandings(CourseCatalog catalog, LeaveRequests requests, ClassMembers members) {
        this.catalog = catalog;
        this.requests = requests;
        this.members = members;
    }

    /** The approved leave of the request's cadre, the cap of the course, and the figure after approving it. */
    @Transactional(readOnly = true)
    Standing standing(LeaveRequest request) {
        CreditHours courseHours = hoursFor(request.courseId(), request.cadreId());
        CreditHours approved = requests.approvedHours(request.courseId(), request.cadreId());
        return new Standing(courseHours, cap(courseHours), approved, request.leaveAfterApproval(approved));
    }

    /** The cap of a course worth {@code courseHours} under the rules in force. */
    LeaveCap cap(CreditHours courseHours) {
        return catalog.rules().leaveCap(courseHours);
    }

    /** The course's total 学时: the sum of its agenda items'. */
    CreditHours courseHours(long courseId) {
        return course(courseId).hoursFor(null, catalog.agenda(courseId));
    }

    /** The 学时 the cadre can earn in the course: in a course of cohorts, those of their own cohort's days. */
    CreditHours hoursFor(long courseId, long cadreId) {
        return course(courseId).hoursFor(members.cohortOf(courseId, cadreId), catalog.agenda(courseId));
    }

    CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("leave.course.notFound"));
    }

    /**
     * The course's agenda items leave may be asked for, by id, in id order: those with a sitting. Homework is handed
     * in, not attended, so there is nothing to be excused from.
     */
    Map<Long, AgendaEntry> agenda(long courseId) {
        return catalog.agenda(courseId).stream()
                .filter(item -> item.type().hasSitting())
                .collect(Collectors.toMap(AgendaEntry::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
