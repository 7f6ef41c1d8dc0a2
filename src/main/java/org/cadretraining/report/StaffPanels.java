package org.cadretraining.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A lecturer's items, the materials still to upload for them and their scores; the newsroom's queue. */
@Component
class StaffPanels {

    private static final String MY_ITEMS = """
            (a.speaker_lecturer_id = :lecturer
             or exists (select 1 from agenda_item_speaker s where s.agenda_item = a.id and s.lecturer_id = :lecturer))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffPanels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The lecturer of the register who is this cadre, if any. */
    Optional<Long> lecturerOf(Long cadreId) {
        if (cadreId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from lecturer where cadre_id = :cadre")
                .param("cadre", cadreId)
                .query(Long.class)
                .optional();
    }

    Panel lecturerItems(long lecturerId) {
        List<PanelRow> rows = jdbc.sql("""
                        select a.id, a.course_id, a.day, a.starts_at, a.title_zh, a.title_en,
                               c.title_zh as course_zh, c.title_en as course_en
                        from agenda_item a join course c on c.id = a.course_id
                        where %s and a.day >= :today and c.status not in ('CANCELLED', 'DRAFT')
                        order by a.day, a.starts_at, a.id
                        """.formatted(MY_ITEMS))
                .param("lecturer", lecturerId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> PanelRow.of(
                        Texts.title(rs, "title", "course"),
                        "report.lecturerItems.row",
                        "/courses/" + rs.getLong("course_id"),
                        rs.getDate("day").toLocalDate(),
                        rs.getTime("starts_at").toLocalTime().toString()))
                .list();
        return Panel.of("lecturerItems", "bi-easel", "/lecturers/" + lecturerId + "/scores", rows);
    }

    /** The lecturer's coming items that have no material of their own yet. */
    Panel materialsToUpload(long lecturerId) {
        List<PanelRow> rows = jdbc.sql("""
                        select a.id, a.course_id, a.day, a.title_zh, a.title_en,
                               c.title_zh as course_zh, c.title_en as course_en
                        from agenda_item a join course c on c.id = a.course_id
                        where %s and a.day >= :today and c.status not in ('CANCELLED', 'DRAFT')
                          and not exists (select 1 from course_material m where m.agenda_item_id = a.id)
                        order by a.day, a.starts_at, a.id
                        """.formatted(MY_ITEMS))
                .param("lecturer", lecturerId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> PanelRow.of(
                        Texts.title(rs, "title", "course"),
                        "report.materials.row",
                        "/courses/" + rs.getLong("course_id") + "/materials",
                        rs.getDate("day").toLocalDate()))
                .list();
        return Panel.of("materials", "bi-file-earmark-arrow-up", null, rows);
    }

    /** The courses whose questionnaire evaluated one of the lecturer's items. */
    Panel scores(long lecturerId) {
        List<PanelRow> rows = jdbc.sql("""
                        select distinct c.id, c.title_zh, c.title_en, c.starts_on
                        from course_questionnaire_item qi join agenda_item a on a.id = qi.agenda_item_id
                        join course c on c.id = qi.course_id
                        where %s order by c.starts_on desc, c.id
                        """.formatted(MY_ITEMS))
                .param("lecturer", lecturerId)
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.scores.row",
                        "/lecturers/" + lecturerId + "/scores",
                        rs.getDate("starts_on").toLocalDate()))
                .list();
        return Panel.of("scores", "bi-star-half", "/lecturers/" + lecturerId + "/scores", rows);
    }

    /** Articles whose newest revision is a draft, and those waiting for review; both listed on the news desk. */
    Panel newsroom() {
        List<PanelRow> rows = jdbc.sql("""
                        select r.status, count(*) as n from news_revision r
                        where r.number = (select max(x.number) from news_revision x where x.article_id = r.article_id)
                          and r.status in ('DRAFT', 'SUBMITTED')
                        group by r.status order by r.status
                        """)
                .query((rs, n) ->
                        PanelRow.of(null, "report.newsroom." + rs.getString("status"), "/news/desk", rs.getLong("n")))
                .list();
        long total = rows.stream()
                .mapToLong(r -> ((Number) r.detailArgs().getFirst()).longValue())
                .sum();
        return Panel.of("newsroom", "bi-newspaper", "/news/desk", rows).counting(total);
    }
}
