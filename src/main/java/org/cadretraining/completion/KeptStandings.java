package org.cadretraining.completion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.completion.CompletionStanding.Reason;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The completion standings kept per trainee (see {@code completion_standing}): written whole, read per course. */
@Component
class KeptStandings {

    /** A trainee's standing as kept: figures, reasons, and the credited items with their explanations. */
    record Kept(
            long cadreId,
            CreditHours credited,
            CreditHours leave,
            List<Reason> reasons,
            List<KeptItem> items,
            Instant judgedAt) {}

    /** A credited item as kept. */
    record KeptItem(long itemId, LocalizedText explanation) {}

    private final JdbcClient jdbc;

    KeptStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the course as judged and holds its row lock until the caller's transaction ends. */
    void lockCourse(long courseId, Instant at) {
        jdbc.sql("""
                        insert into completion_standing_course (course_id, judged_at) values (?, ?)
                        on conflict (course_id) do update set judged_at = excluded.judged_at
                        """).params(courseId, Timestamp.from(at)).update();
    }

    /** Whether the course's standings have been judged at least once. */
    boolean courseJudged(long courseId) {
        return jdbc.sql("select count(*) from completion_standing_course where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The courses with kept standings. */
    List<Long> courses() {
        return jdbc.sql("select course_id from completion_standing_course order by course_id")
                .query(Long.class)
                .list();
    }

    /** Replaces the kept standings of the trainees among {@code cadreIds} (of all when null) by these. */
    void replace(long courseId, Collection<Long> cadreIds, List<CompletionStanding> standings, Instant at) {
        Long[] only = cadreIds == null ? new Long[0] : cadreIds.toArray(Long[]::new);
        jdbc.sql("delete from completion_standing where course_id = ? and (? or cadre_id = any(?::bigint[]))")
                .params(courseId, cadreIds == null, only)
                .update();
        for (CompletionStanding s : standings) {
            jdbc.sql("""
                            insert into completion_standing (course_id, cadre_id, credited_hours, leave_hours, judged_at)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(
                            courseId,
                            s.cadreId(),
                            s.credited().value(),
                            s.leave().value(),
                            Timestamp.from(at))
                    .update();
            int position = 0;
            for (Reason reason : s.reasons()) {
                jdbc.sql("""
                                insert into completion_standing_reason (course_id, cadre_id, position, code, text_zh,
                                                                        text_en)
                                values (?, ?, ?, ?, ?, ?)
                                """)
                        .params(
                                courseId,
                                s.cadreId(),
                                position++,
                                reason.code().name(),
                                reason.text().zh(),
                                reason.text().en())
                        .update();
            }
            insertItems(courseId, s);
        }
    }

    private void insertItems(long courseId, CompletionStanding s) {
        int n = s.creditedItems().size();
        if (n == 0) {
            return;
        }
        Long[] items = new Long[n];
        String[] zh = new String[n];
        String[] en = new String[n];
        for (int i = 0; i < n; i++) {
            items[i] = s.creditedItems().get(i).item().id();
            zh[i] = s.creditedItems().get(i).explanation().zh();
            en[i] = s.creditedItems().get(i).explanation().en();
        }
        jdbc.sql("""
                        insert into completion_standing_item (course_id, cadre_id, position, agenda_item_id,
                                                              explanation_zh, explanation_en)
                        select ?, ?, n - 1, item, zh, en
                        from unnest(?::bigint[], ?::text[], ?::text[]) with ordinality as i(item, zh, en, n)
                        """).params(courseId, s.cadreId(), items, zh, en).update();
    }

    /** The kept standings of the course, by cadre. */
    Map<Long, Kept> read(long courseId) {
        Map<Long, List<Reason>> reasons = new HashMap<>();
        jdbc.sql("""
                        select cadre_id, code, text_zh, text_en from completion_standing_reason
                        where course_id = ? order by cadre_id, position
                        """).param(courseId).query(rs -> {
            reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Reason(
                            NonCompletion.valueOf(rs.getString(2)),
                            new LocalizedText(rs.getString(3), rs.getString(4))));
        });
        Map<Long, List<KeptItem>> items = new HashMap<>();
        jdbc.sql("""
                        select cadre_id, agenda_item_id, explanation_zh, explanation_en from completion_standing_item
                        where course_id = ? order by cadre_id, position
                        """).param(courseId).query(rs -> {
            items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new KeptItem(rs.getLong(2), new LocalizedText(rs.getString(3), rs.getString(4))));
        });
        Map<Long, Kept> kept = new HashMap<>();
        jdbc.sql("""
                        select cadre_id, credited_hours, leave_hours, judged_at from completion_standing
                        where course_id = ?
                        """).param(courseId).query(rs -> {
            long cadre = rs.getLong(1);
            kept.put(
                    cadre,
                    new Kept(
                            cadre,
                            CreditHours.of(rs.getBigDecimal(2)),
                            CreditHours.of(rs.getBigDecimal(3)),
                            reasons.getOrDefault(cadre, List.of()),
                            items.getOrDefault(cadre, List.of()),
                            rs.getTimestamp(4).toInstant()));
        });
        return kept;
    }
}
