package org.cadretraining.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cohort (期/批次) of a course each place belongs to, for a course run for several groups back to back. A
 * cohort is named by its number in the course (from 1); a place in none takes part throughout the course.
 */
@Service
class CourseCohorts {

    private final JdbcClient jdbc;
    private final EnrolmentStore store;

    CourseCohorts(JdbcClient jdbc, EnrolmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Puts a place into a cohort of its course, or into none with null. */
    @Transactional
    void assign(long enrolmentId, Integer cohort, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        Enrolment enrolment = store.find(enrolmentId);
        requireCohortOf(store.course(enrolment.courseId()), cohort);
        jdbc.sql("delete from enrolment_cohort where enrolment_id = ?")
                .param(enrolmentId)
                .update();
        if (cohort != null) {
            jdbc.sql("insert into enrolment_cohort (enrolment_id, cohort) values (?, ?)")
                    .params(enrolmentId, cohort)
                    .update();
        }
    }

    /** Puts the live places of these cadres in the course into the cohort, as a bulk enrolment asks. */
    void assignAll(long courseId, Collection<Long> cadreIds, int cohort) {
        if (cadreIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into enrolment_cohort (enrolment_id, cohort)
                        select id, :cohort from enrolment
                        where course_id = :course and cadre_id in (:cadres)
                          and status in ('NOMINATED', 'APPROVED', 'WAITLISTED')
                        on conflict (enrolment_id) do update set cohort = excluded.cohort
                        """)
                .param("cohort", cohort)
                .param("course", courseId)
                .param("cadres", List.copyOf(cadreIds))
                .update();
    }

    /** Refuses a cohort number the course does not have, naming how many it has. */
    static void requireCohortOf(CourseSummary course, Integer cohort) {
        if (cohort == null) {
            return;
        }
        if (course.cohorts().isEmpty()) {
            throw DomainException.invalid("cohort", "enrolment.cohort.noneInCourse");
        }
        if (cohort < 1 || cohort > course.cohorts().size()) {
            throw DomainException.invalid(
                    "cohort", "enrolment.cohort.unknown", course.cohorts().size());
        }
    }

    /** The cohort of every place of the course that has one, by place. */
    Map<Long, Integer> ofCourse(long courseId) {
        return jdbc.sql("""
                        select c.enrolment_id, c.cohort from enrolment_cohort c
                        join enrolment e on e.id = c.enrolment_id where e.course_id = ?
                        """).param(courseId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
