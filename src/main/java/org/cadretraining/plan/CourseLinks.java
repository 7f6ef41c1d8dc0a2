package org.cadretraining.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The courses created from plan items, each with the item it came from and its actual cost. */
@Repository
class CourseLinks {

    private final JdbcClient jdbc;

    CourseLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(long courseId, long itemId) {
        jdbc.sql("insert into plan_course (course_id, item_id) values (:course, :item)")
                .param("course", courseId)
                .param("item", itemId)
                .update();
    }

    int recordCost(long courseId, BigDecimal cost) {
        return jdbc.sql("update plan_course set actual_cost = :cost where course_id = :course")
                .param("cost", cost)
                .param("course", courseId)
                .update();
    }

    List<CourseLink> links(int year) {
        return jdbc.sql("""
                        select l.course_id, l.item_id, l.actual_cost from plan_course l
                        join plan_item i on i.id = l.item_id where i.plan_year = :year order by l.course_id
                        """)
                .param("year", year)
                .query((rs, n) ->
                        new CourseLink(rs.getLong("course_id"), rs.getLong("item_id"), rs.getBigDecimal("actual_cost")))
                .list();
    }

    Optional<CourseLink> linkOf(long courseId) {
        return jdbc.sql("select course_id, item_id, actual_cost from plan_course where course_id = :course")
                .param("course", courseId)
                .query((rs, n) ->
                        new CourseLink(rs.getLong("course_id"), rs.getLong("item_id"), rs.getBigDecimal("actual_cost")))
                .optional();
    }
}
