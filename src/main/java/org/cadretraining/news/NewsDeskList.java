package org.cadretraining.news;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's list of articles and each article's history, read straight from the tables. */
@Component
class NewsDeskList {

    /** An article in the newsroom list: its latest revision's title and status, and where it stands on the portal. */
    record Row(
            long id,
            String title,
            String column,
            String columnEn,
            int revision,
            RevisionStatus status,
            boolean published,
            Instant releaseAt,
            long browseCount) {}

    record Step(Integer revision, String action, String actor, Instant at, String comment) {}

    private final JdbcClient jdbc;

    NewsDeskList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Row> all() {
        return jdbc.sql("""
                        select a.id, t.title, c.name_zh, c.name_en, r.number, r.status, a.published, a.release_at,
                               a.browse_count
                        from news_article a
                        join news_column c on c.id = a.column_id
                        join news_revision r on r.article_id = a.id
                             and r.number = (select max(number) from news_revision where article_id = a.id)
                        join news_translation t on t.article_id = a.id and t.revision = r.number
                             and t.language = a.original_language
                        order by coalesce(a.release_at, a.created_at) desc, a.id desc
                        """)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        RevisionStatus.valueOf(rs.getString(6)),
                        rs.getBoolean(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        rs.getLong(9)))
                .list();
    }

    @Transactional(readOnly = true)
    List<Step> history(long articleId) {
        return jdbc.sql("select revision, action, actor, at, comment from news_event where article_id = ? order by id")
                .param(articleId)
                .query((rs, n) -> new Step(
                        (Integer) rs.getObject(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }
}
