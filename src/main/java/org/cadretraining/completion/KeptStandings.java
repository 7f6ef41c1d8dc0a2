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

    /**
     * Replaces the kept standings of the trainees among {@code cadreIds} (of all when null) by these: a few statements
     * for the whole group, whatever its size, since a check-in burst sends hundreds of trainees at once.
     */
    void replace(long courseId, Collection<Long> cadreIds, List<CompletionStanding> standings, Instant at) {
        if (cadreIds == null) {
            jdbc.sql("delete from completion_standing where course_id = ?")
                    .param(courseId)
                    .update();
        } else {
            jdbc.sql("delete from completion_standing where course_id = ? and cadre_id = any(?::bigint[])")
                    .params(courseId, cadreIds.toArray(Long[]::new))
                    .update();
        }
        if (standings.isEmpty()) {
            return;
        }
        UnnestColumns kept = new UnnestColumns();
        UnnestColumns reasons = new UnnestColumns();
        UnnestColumns items = new UnnestColumns();
        for (CompletionStanding s : standings) {
            kept.add(
                    s.cadreId(),
                    0,
                    s.credited().value().toPlainString(),
                    s.leave().value().toPlainString(),
                    null);
            for (int i = 0; i < s.reasons().size(); i++) {
                Reason reason = s.reasons().get(i);
                reasons.add(
                        s.cadreId(),
                        i,
                        reason.code().name(),
                        reason.text().zh(),
                        reason.text().en());
            }
            for (int i = 0; i < s.creditedItems().size(); i++) {
                CompletionStanding.CreditedItem item = s.creditedItems().get(i);
                items.add(
                        s.cadreId(),
                        i,
                        Long.toString(item.item().id()),
                        item.explanation().zh(),
                        item.explanation().en());
            }
        }
        jdbc.sql("""
                        insert into completion_standing (course_id, cadre_id, credited_hours, leave_hours, judged_at)
                        select ?, cadre, credited::numeric, leave::numeric, ?
                        from unnest(?::bigint[], ?::text[], ?::text[]) as s(cadre, credited, leave)
                        """)
                .params(courseId, Timestamp.from(at), kept.cadres(), kept.first(), kept.second())
                .update();
        if (!reasons.isEmpty()) {
            jdbc.sql("""
                            insert into completion_standing_reason (course_id, cadre_id, position, code, text_zh,
                                                                    text_en)
                            select ?, cadre, position, code, zh, en
                            from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[])
                                 as r(cadre, position, code, zh, en)
                            """)
                    .params(
                            courseId,
                            reasons.cadres(),
                            reasons.positions(),
                            reasons.first(),
                            reasons.second(),
                            reasons.third())
                    .update();
        }
        if (!items.isEmpty()) {
            jdbc.sql("""
                            insert into completion_standing_item (course_id, cadre_id, position, agenda_item_id,
                                                                  explanation_zh, explanation_en)
                            select ?, cadre, position, item::bigint, zh, en
                            from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[])
                                 as i(cadre, position, item, zh, en)
                            """)
                    .params(courseId, items.cadres(), items.positions(), items.first(), items.second(), items.third())
                    .update();
        }
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
