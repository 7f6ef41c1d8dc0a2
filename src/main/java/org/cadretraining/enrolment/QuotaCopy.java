package org.cadretraining.enrolment;

import org.cadretraining.course.CourseCopied;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A course copied from another starts with the same places per unit; nominations and people are not copied. */
@Component
class QuotaCopy {

    private final JdbcClient jdbc;

    QuotaCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CourseCopied copied) {
        jdbc.sql("""
                        insert into unit_quota (course_id, unit_id, places)
                        select ?, unit_id, places from unit_quota where course_id = ?
                        """).params(copied.copyId(), copied.sourceId()).update();
    }
}
