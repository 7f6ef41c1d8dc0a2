package org.cadretraining.enrolment;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Why a cadre cannot take a place in a course: they already hold one, or they hold one in another course on any of
 * the same days. Asked for many cadres at once with one query, so that a bulk step makes no round trip per person.
 */
@Component
class Clashes {

    /** A refusal for one cadre: the message key and its arguments. */
    record Clash(String messageKey, Object... arguments) {

        DomainException asRefusal() {
            return DomainException.conflict("cadreId", messageKey, arguments);
        }
    }

    private final JdbcTemplate jdbc;
    private final CourseCatalog catalog;

    Clashes(JdbcTemplate jdbc, CourseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    void refuseIfAny(CourseSummary course, long cadreId) {
        Clash clash = of(course, List.of(cadreId)).get(cadreId);
        if (clash != null) {
            throw clash.asRefusal();
        }
    }

    /** The clash of each cadre among {@code cadreIds} that has one; the others are left out. */
    Map<Long, Clash> of(CourseSummary course, Collection<Long> cadreIds) {
        record Live(long cadreId, long courseId) {}
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        List<Live> live = jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("select cadre_id, course_id from enrolment "
                            + "where cadre_id = any(?) and " + EnrolmentStore.LIVE + " order by cadre_id, id");
                    Array ids = connection.createArrayOf("bigint", cadreIds.toArray());
                    statement.setArray(1, ids);
                    return statement;
                },
                (rs, n) -> new Live(rs.getLong(1), rs.getLong(2)));
        Map<Long, Optional<CourseSummary>> overlapping = new HashMap<>();
        Map<Long, Clash> found = new HashMap<>();
        for (Live place : live) {
            if (found.containsKey(place.cadreId())) {
                continue;
            }
            if (place.courseId() == course.id()) {
                found.put(place.cadreId(), new Clash("enrolment.refused.alreadyEnrolled"));
                continue;
            }
            overlapping
                    .computeIfAbsent(place.courseId(), id -> catalog.course(id)
                            .filter(o -> o.status() != CourseStatus.CANCELLED)
                            .filter(o -> !o.startsOn().isAfter(course.endsOn())
                                    && !o.endsOn().isBefore(course.startsOn())))
                    .ifPresent(o -> found.put(
                            place.cadreId(),
                            new Clash(
                                    "enrolment.refused.overlap",
                                    new TitleArgument(o.title()),
                                    o.startsOn(),
                                    o.endsOn())));
        }
        return found;
    }
}
