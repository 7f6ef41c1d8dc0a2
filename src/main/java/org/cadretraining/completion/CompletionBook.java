package org.cadretraining.completion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the completion decisions recorded when courses were completed. */
@Component
class CompletionBook {

    /** A recorded decision and its reasons. */
    record Recorded(
            long courseId,
            long cadreId,
            boolean completed,
            CreditHours credited,
            CreditHours leave,
            Instant decidedAt,
            List<LocalizedText> reasons) {}

    private final JdbcClient jdbc;

    CompletionBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Map<Long, Recorded> ofCourse(long courseId) {
        Map<Long, Recorded> byCadre = new HashMap<>();
        for (Recorded recorded : read("where c.course_id = ?", courseId)) {
            byCadre.put(recorded.cadreId(), recorded);
        }
        return byCadre;
    }

    @Transactional(readOnly = true)
    List<Recorded> ofCadre(long cadreId) {
        return read("where c.cadre_id = ?", cadreId);
    }

    @Transactional(readOnly = true)
    Optional<Recorded> of(long courseId, long cadreId) {
        return read("where c.course_id = ? and c.cadre_id = ?", courseId, cadreId).stream()
                .findFirst();
    }

    private List<Recorded> read(String where, Object... params) {
        Map<String, List<LocalizedText>> reasons = new HashMap<>();
        jdbc.sql("""
                        select r.course_id, r.cadre_id, r.text_zh, r.text_en
                        from course_completion_reason r join course_completion c
                          on c.course_id = r.course_id and c.cadre_id = r.cadre_id
                        """ + where.replace("c.", "r.") + " order by r.id")
                .params(params)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getLong(1) + ":" + rs.getLong(2), k -> new ArrayList<>())
                            .add(new LocalizedText(rs.getString(3), rs.getString(4)));
                });
        return jdbc.sql("""
                        select c.course_id, c.cadre_id, c.completed, c.credited_hours, c.leave_hours, c.decided_at
                        from course_completion c
                        """ + where + " order by c.decided_at, c.course_id")
                .params(params)
                .query((rs, n) -> new Recorded(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBoolean(3),
                        CreditHours.of(rs.getBigDecimal(4)),
                        CreditHours.of(rs.getBigDecimal(5)),
                        rs.getTimestamp(6).toInstant(),
                        reasons.getOrDefault(rs.getLong(1) + ":" + rs.getLong(2), List.of())))
                .list();
    }
}
