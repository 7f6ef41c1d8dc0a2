package org.cadretraining.completion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of a course's close: how many of its trainees completed it and how many hold a valid
 * certificate (a news report tells both). Counts only; who completed stays with this module.
 */
@Service
public class CourseOutcomes {

    /** The counts at the close; both zero before the course is completed. */
    public record Outcome(int completed, int certified) {}

    private final JdbcClient jdbc;

    CourseOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Outcome of(long courseId) {
        int completed = jdbc.sql("select count(*) from course_completion where course_id = ? and completed")
                .param(courseId)
                .query(Integer.class)
                .single();
        int certified = jdbc.sql("select count(*) from certificate where course_id = ? and revoked_at is null")
                .param(courseId)
                .query(Integer.class)
                .single();
        return new Outcome(completed, certified);
    }
}
