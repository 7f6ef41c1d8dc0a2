package org.cadretraining.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cadretraining.course.CourseArchiveUndone;
import org.cadretraining.course.CourseArchived;
import org.cadretraining.course.CourseRecordedAsHeld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a course's record for its change log: a course recorded as held after it took place, archived, and
 * taken out of the archive, each with who took it and when. The schedule versions say what changed in the agenda;
 * these say what happened to the record itself, which an auditor asks about afterwards.
 */
@Component
class CourseStepLog {

    enum Step {
        RECORDED_AS_HELD,
        ARCHIVED,
        UNARCHIVED
    }

    /** One step as the change log lists it. */
    record Entry(Step step, Instant at, String by) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseStepLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CourseRecordedAsHeld event) {
        write(event.courseId(), Step.RECORDED_AS_HELD, event.at(), event.by());
    }

    @ApplicationModuleListener
    void on(CourseArchived event) {
        write(event.courseId(), Step.ARCHIVED, event.at(), event.by());
    }

    @ApplicationModuleListener
    void on(CourseArchiveUndone event) {
        write(event.courseId(), Step.UNARCHIVED, event.at(), event.by());
    }

    /** Oldest first, as the steps happened. */
    @Transactional(readOnly = true)
    List<Entry> of(long courseId) {
        return jdbc.sql("""
                        select step, taken_at, taken_by from course_step_log
                        where course_id = ? order by taken_at, id
                        """)
                .param(courseId)
                .query((rs, n) -> new Entry(
                        Step.valueOf(rs.getString("step")),
                        rs.getTimestamp("taken_at").toInstant(),
                        rs.getString("taken_by")))
                .list();
    }

    private void write(long courseId, Step step, Instant at, String by) {
        // the moment of the step itself; a step announced without one is logged when it is heard of
        Instant when = at != null ? at : clock.instant();
        jdbc.sql("insert into course_step_log (course_id, step, taken_at, taken_by) values (?, ?, ?, ?)")
                .params(courseId, step.name(), Timestamp.from(when), by)
                .update();
    }
}
