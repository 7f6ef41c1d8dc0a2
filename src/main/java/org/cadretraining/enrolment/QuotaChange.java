package org.cadretraining.enrolment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sets units' places in a course and says which rules the result breaks: a unit given fewer places than its cadres
 * already use, or all units' places together above the course's capacity. One home for both rules, whether one
 * unit's places are set or a whole list's. The caller holds the course's lock and rolls its transaction back when
 * the result breaks a rule (or when it only previews), so nothing is written partly.
 */
@Component
class QuotaChange {

    /** What the places would be: the units now below their use (unit to places used) and all places together. */
    record Result(Map<Long, Integer> belowUse, int total, int capacity) {

        boolean overCapacity() {
            return total > capacity;
        }

        boolean breaksARule() {
            return overCapacity() || !belowUse.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final QuotaUse quotaUse;

    QuotaChange(JdbcClient jdbc, QuotaUse quotaUse) {
        this.jdbc = jdbc;
        this.quotaUse = quotaUse;
    }

    Result apply(CourseSummary course, Map<Long, Integer> placesByUnit) {
        placesByUnit.forEach((unitId, places) ->
                jdbc.sql("""
                        insert into unit_quota (course_id, unit_id, places) values (?, ?, ?)
                        on conflict (course_id, unit_id) do update set places = excluded.places
                        """).params(course.id(), unitId, places).update());
        // a unit that gets places takes over the places of its cadres the organiser made
        quotaUse.recount(course.id());
        Map<Long, Integer> belowUse = new LinkedHashMap<>();
        placesByUnit.forEach((unitId, places) -> {
            int used = quotaUse.used(course.id(), unitId);
            if (places < used) {
                belowUse.put(unitId, used);
            }
        });
        int total = jdbc.sql("select coalesce(sum(places), 0) from unit_quota where course_id = ?")
                .param(course.id())
                .query(Integer.class)
                .single();
        return new Result(belowUse, total, course.capacity());
    }
}
