package org.cadretraining.enrolment;

import java.time.LocalDate;
import java.util.List;
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

    Quotas(JdbcClient jdbc, EnrolmentStore store, QuotaUse quotaUse) {
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
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = store.course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "enrolment.refused.courseClosed");
        }
        if (places < 0) {
            throw DomainException.invalid("places", "enrolment.quota.negative");
        }
        store.lockCourse(courseId);
        int others = jdbc.sql("select coalesce(sum(places), 0) from unit_quota where course_id = ? and unit_id <> ?")
                .params(courseId, unitId)
                .query(Integer.class)
                .single();
        if (others + places > course.capacity()) {
            throw DomainException.invalid(
                    "places", "enrolment.quota.overCapacity", course.capacity(), course.capacity() - others);
        }
        jdbc.sql("""
                        insert into unit_quota (course_id, unit_id, places) values (?, ?, ?)
                        on conflict (course_id, unit_id) do update set places = excluded.places
                        """).params(courseId, unitId, places).update();
        quotaUse.recount(courseId);
        int used = quotaUse.used(courseId, unitId);
        if (places < used) {
            // the transaction is rolled back, the quota and the recount with it
            throw DomainException.invalid("places", "enrolment.quota.belowUsed", used);
        }
        return new QuotaRow(unitId, places, used);
    }
}
