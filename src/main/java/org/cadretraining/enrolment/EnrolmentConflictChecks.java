package org.cadretraining.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.course.PlannedItem;
import org.cadretraining.course.ScheduleConflict;
import org.cadretraining.course.ScheduleConflictCheck;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enrolment side of the course module's conflict checks: a participant enrolled in another course on the same
 * dates (when a course moves), and a field study taking more people to a site than it holds.
 */
@Component
class EnrolmentConflictChecks implements ScheduleConflictCheck {

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;

    EnrolmentConflictChecks(JdbcClient jdbc, CourseCatalog catalog, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.directory = directory;
    }

    /**
     * A field study goes to its site with the whole class, or group by group when the course has study groups: the
     * class (or its largest group) must fit the site's capacity.
     */
    @Override
    public List<ScheduleConflict> check(PlannedItem item) {
        if (item.type() != AgendaItemType.FIELD_STUDY || item.siteId() == null) {
            return List.of();
        }
        Optional<Integer> capacity = catalog.siteCapacity(item.siteId());
        if (capacity.isEmpty() || capacity.get() == null) {
            return List.of();
        }
        int largestGroup =
                jdbc.sql("""
                        select coalesce(max(n), 0) from (
                            select count(*) as n from study_group g
                            join study_group_member m on m.group_id = g.id
                            join enrolment e on e.id = m.enrolment_id
                            where g.course_id = ? and e.status in ('NOMINATED', 'APPROVED')
                            group by g.id) sizes
                        """).param(item.courseId()).query(Integer.class).single();
        int going = largestGroup > 0
                ? largestGroup
                : jdbc.sql("select count(*) from enrolment where course_id = ? and status in ('NOMINATED', 'APPROVED')")
                        .param(item.courseId())
                        .query(Integer.class)
                        .single();
        if (going <= capacity.get()) {
            return List.of();
        }
        return List.of(
                new ScheduleConflict("siteId", "enrolment.conflict.siteTooSmall", List.of(going, capacity.get())));
    }

    /** Participants of the course who are enrolled in another course on any of the new dates. */
    @Override
    public List<ScheduleConflict> checkDates(long courseId, LocalDate startsOn, LocalDate endsOn) {
        record Other(long cadreId, long courseId) {}
        List<Other> others = jdbc.sql("""
                        select o.cadre_id, o.course_id from enrolment e
                        join enrolment o on o.cadre_id = e.cadre_id and o.course_id <> e.course_id
                        where e.course_id = ? and e.status in ('NOMINATED', 'APPROVED', 'WAITLISTED')
                          and o.status in ('NOMINATED', 'APPROVED', 'WAITLISTED')
                        order by o.cadre_id, o.course_id
                        """)
                .param(courseId)
                .query((rs, n) -> new Other(rs.getLong(1), rs.getLong(2)))
                .list();
        List<ScheduleConflict> found = new ArrayList<>();
        for (Other other : others) {
            Optional<CourseSummary> clash = catalog.course(other.courseId())
                    .filter(o -> o.status() != CourseStatus.CANCELLED)
                    .filter(o -> !o.startsOn().isAfter(endsOn) && !o.endsOn().isBefore(startsOn));
            clash.ifPresent(o -> found.add(new ScheduleConflict(
                    "startsOn",
                    "enrolment.conflict.cadreOverlap",
                    List.of(
                            directory
                                    .cadre(other.cadreId())
                                    .map(OrganisationDirectory.CadreSummary::name)
                                    .orElse("?"),
                            new TitleArgument(o.title())))));
        }
        return found;
    }
}
