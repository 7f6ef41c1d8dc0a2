package org.cadretraining.completion;

import java.sql.Timestamp;
import java.time.Clock;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a course adds to the institution's completion rule: whether it asks for a reflection report (心得体会). */
@Service
class CompletionRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    CompletionRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean reflectionRequired(long courseId) {
        return jdbc.sql("select reflection_required from course_completion_rule where course_id = ?")
                .param(courseId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional
    void requireReflection(long courseId, boolean required, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        jdbc.sql("""
                        insert into course_completion_rule (course_id, reflection_required, updated_at, updated_by)
                        values (?, ?, ?, ?)
                        on conflict (course_id) do update
                        set reflection_required = excluded.reflection_required, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        """)
                .params(courseId, required, Timestamp.from(clock.instant()), user.username())
                .update();
    }
}
