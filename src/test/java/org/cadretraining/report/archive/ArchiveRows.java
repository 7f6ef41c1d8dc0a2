package org.cadretraining.report.archive;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of other modules that {@link ArchiveWorld} writes as a held course leaves them: check-ins, leave,
 * completion, certificates, reflections, an article, materials, a photo and evaluation responses.
 */
final class ArchiveRows {

    private final JdbcClient jdbc;
    private final String prefix;

    ArchiveRows(JdbcClient jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    static Timestamp at(int year, int month, int day, String time) {
        return Timestamp.from(LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.parse(time))
                .atZone(ArchiveWorld.ZONE)
                .toInstant());
    }

    void checkIn(long item, long cadre, LocalDate day, String time) {
        Timestamp when = at(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), time);
        jdbc.sql("""
                        insert into attendance_check (agenda_item_id, cadre_id, direction, checked_at, method,
                                                      recorded_by, recorded_at)
                        values (?, ?, 'IN', ?, 'STAFF_TAP', 'test', ?)
                        """).params(item, cadre, when, when).update();
    }

    void leave(long course, long cadre, List<Long> items, String reason) {
        long request = jdbc.sql("""
                        insert into leave_request (course_id, cadre_id, reason, status, hours, requested_at,
                                                   requested_by, decided_at, decided_by)
                        values (?, ?, ?, 'APPROVED', 6, ?, 'test', ?, 'organiser') returning id
                        """)
                .params(course, cadre, reason, at(2021, 5, 20, "09:00"), at(2021, 5, 20, "11:00"))
                .query(Long.class)
                .single();
        for (long item : items) {
            jdbc.sql("insert into leave_request_item (request_id, agenda_item_id) values (?, ?)")
                    .params(request, item)
                    .update();
        }
    }

    void decide(long course, long cadre, boolean completed, String hours) {
        jdbc.sql("""
                        insert into course_completion (course_id, cadre_id, completed, credited_hours, leave_hours,
                                                       decided_at)
                        values (?, ?, ?, ?::numeric, 0, now())
                        """).params(course, cadre, completed, hours).update();
        if (!completed) {
            jdbc.sql("""
                            insert into course_completion_reason (course_id, cadre_id, code, text_zh, text_en)
                            values (?, ?, 'WITHDRAWN', '已退学', 'Withdrawn from the course')
                            """).params(course, cadre).update();
        }
    }

    void certificate(long course, long cadre) {
        String serial = (prefix + cadre).replace("-", "").toUpperCase();
        jdbc.sql("""
                        insert into certificate (course_id, cadre_id, year, number, serial, verification_code, hours,
                                                 issued_at)
                        values (?, ?, 2021, (select coalesce(max(number), 0) + 1 from certificate where year = 2021),
                                ?, ?, 30, now())
                        """).params(course, cadre, serial, serial + "V").update();
    }

    void reflection(long course, long cadre, String body) {
        jdbc.sql("""
                        insert into reflection_report (course_id, cadre_id, body, submitted_at, updated_at)
                        values (?, ?, ?, now(), now())
                        """).params(course, cadre, body).update();
    }

    void article(long course, String title) {
        long column = jdbc.sql("insert into news_column (slug, name_zh, name_en) values (?, '培训动态', 'Training')"
                        + " returning id")
                .param("archive-" + prefix.replace("-", ""))
                .query(Long.class)
                .single();
        long article = jdbc.sql("""
                        insert into news_article (column_id, original_language, created_at, created_by)
                        values (?, 'zh', now(), 'editor') returning id
                        """).param(column).query(Long.class).single();
        jdbc.sql("insert into news_revision (article_id, number, status, created_at, created_by)"
                        + " values (?, 1, 'DRAFT', now(), 'editor')")
                .param(article)
                .update();
        jdbc.sql("insert into news_translation (article_id, revision, language, title, body_html)"
                        + " values (?, 1, 'zh', ?, '<p>正文</p>')")
                .params(article, title)
                .update();
        jdbc.sql("insert into news_course_report (article_id, course_id, created_at, created_by)"
                        + " values (?, ?, now(), 'editor')")
                .params(article, course)
                .update();
    }

    void material(long course, Long item, String title, String file, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        long id = jdbc.sql("""
                        insert into course_material (course_id, agenda_item_id, title, file_name, content_type,
                                                     size_bytes, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, 'application/octet-stream', ?, 'organiser', now()) returning id
                        """)
                .params(course, item, title, file, bytes.length)
                .query(Long.class)
                .single();
        jdbc.sql("insert into course_material_content (material_id, content) values (?, ?)")
                .params(id, bytes)
                .update();
    }

    void photo(long course, String caption, String file) {
        byte[] bytes = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        long id = jdbc.sql("""
                        insert into course_photo (course_id, file_name, content_type, size_bytes, caption,
                                                  uploaded_by, uploaded_at)
                        values (?, ?, 'image/jpeg', ?, ?, 'organiser', now()) returning id
                        """)
                .params(course, file, bytes.length, caption)
                .query(Long.class)
                .single();
        jdbc.sql("insert into course_photo_content (photo_id, content) values (?, ?)")
                .params(id, bytes)
                .update();
    }

    void evaluation(long course, int responses, List<Long> answered) {
        jdbc.sql("""
                        insert into course_questionnaire (course_id, template_id, opens_at, closes_at, updated_at,
                                                          updated_by)
                        select ?, id, ?, ?, now(), 'test' from evaluation_template where is_default
                        """)
                .params(course, at(2021, 5, 25, "12:00"), at(2021, 5, 28, "12:00"))
                .update();
        responses(course, responses);
        jdbc.sql("insert into evaluation_answered (course_id, cadre_ids) values (?, ?::bigint[])")
                .params(course, "{" + answered.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
                .update();
    }

    /** Anonymous responses that rate the second course question (the training methods) 5. */
    void responses(long course, int responses) {
        for (int i = 0; i < responses; i++) {
            UUID response = UUID.randomUUID();
            jdbc.sql("insert into evaluation_response (id, course_id, template_id)"
                            + " select ?, ?, id from evaluation_template where is_default")
                    .params(response, course)
                    .update();
            jdbc.sql("insert into evaluation_answer (id, course_id, response_id, question_position, rating)"
                            + " values (?, ?, ?, 1, 5)")
                    .params(UUID.randomUUID(), course, response)
                    .update();
        }
    }
}
