package org.cadretraining.course;

import java.time.LocalDate;
import java.util.Optional;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a course that looks like the one being saved: the same Chinese title (ignoring case and surrounding spaces)
 * on days that overlap, not cancelled. Such a course is often entered twice by mistake, but a series may also
 * truly run two classes of one name at once, so the planner is warned and may confirm.
 */
@Component
class DuplicateCourses {

    record Duplicate(long id, String title, LocalDate startsOn, LocalDate endsOn) {}

    private final JdbcClient jdbc;

    DuplicateCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Duplicate> find(Long exceptId, CourseDetails details) {
        return jdbc.sql("""
                        select id, title_zh, starts_on, ends_on from course
                        where lower(btrim(title_zh)) = lower(btrim(:title))
                          and status <> 'CANCELLED'
                          and starts_on <= :endsOn and ends_on >= :startsOn
                          and id <> coalesce(:exceptId, -1)
                        order by starts_on, id
                        limit 1
                        """)
                .param("title", details.title().zh())
                .param("startsOn", details.startsOn())
                .param("endsOn", details.endsOn())
                .param("exceptId", exceptId, java.sql.Types.BIGINT)
                .query((rs, n) -> new Duplicate(
                        rs.getLong("id"),
                        rs.getString("title_zh"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }

    /** Refuses, naming the other course, unless the planner confirmed that this is a second course. */
    void refuseUnconfirmed(Long exceptId, CourseDetails details, boolean confirmed) {
        if (confirmed) {
            return;
        }
        find(exceptId, details).ifPresent(other -> {
            throw DomainException.conflict(
                    "confirmDuplicate",
                    "course.duplicate",
                    other.title(),
                    other.startsOn(),
                    other.endsOn(),
                    other.id());
        });
    }
}
