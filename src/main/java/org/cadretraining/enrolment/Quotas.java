package org.cadretraining.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places per unit and the nomination deadline: what the organiser sets before liaisons nominate. */
@Service
class Quotas {

    private final JdbcClient jdbc;
    private final EnrolmentStore store;
    private final QuotaUse quotaUse;
    private final QuotaChange change;

    Quotas(JdbcClient jdbc, EnrolmentStore store, QuotaUse quotaUse, QuotaChange change) {
        this.change = change;
        this.quotaUse = quotaUse;
        this.jdbc = jdbc;
        this.store = store;
    }

    @Transactional(readOnly = true)
    Optional<LocalDate> deadline(long courseId) {
        return jdbc.sql("select nomination_deadline from course_enrolment where course_id = ?")
                .param(courseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional()
                .flatMap(d -> d);
    }

    @Transactional
    void setDeadline(long courseId, LocalDate deadline, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = store.course(courseId);
        if (deadline != null && deadline.isAfter(course.startsOn())) {
            throw DomainException.invalid("nominationDeadline", "enrolment.deadline.afterStart");
        }
        store.lockCourse(courseId);
        jdbc.sql("update course_enrolment set nomination_deadline = ?, version = version + 1 where course_id = ?")
                .params(deadline, courseId)
                .update();
    }

    @Transactional(readOnly = true)
    List<QuotaRow> quotas(long courseId) {
        return quotaUse.ofCourse(courseId);
    }

    /** Gives a unit places in a course; all units' places together may not exceed the course's capacity. */
    @Transactional
    QuotaRow allocate(long courseId, long unitId, int places, CurrentUser user) {
        CourseSummary course = lockForQuotas(courseId, user);
        if (places < 0) {
            throw DomainException.invalid("places", "enrolment.quota.negative");
        }
        QuotaChange.Result result = change.apply(course, Map.of(unitId, places));
        // a refusal rolls the transaction back, the places just set with it
        if (result.overCapacity()) {
            int others = result.total() - places;
            throw DomainException.invalid(
                    "places", "enrolment.quota.overCapacity", course.capacity(), course.capacity() - others);
        }
        Integer used = result.belowUse().get(unitId);
        if (used != null) {
            throw DomainException.invalid("places", "enrolment.quota.belowUsed", used);
        }
        return quotaUse.of(courseId, unitId);
    }

    /** Only an organiser sets places, and only until the course is completed; the course is locked for the change. */
    CourseSummary lockForQuotas(long courseId, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = store.course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "enrolment.refused.courseClosed");
        }
        store.lockCourse(courseId);
        return course;
    }
}
