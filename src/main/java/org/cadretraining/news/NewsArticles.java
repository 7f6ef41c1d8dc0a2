package org.cadretraining.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link NewsArticle}s. Saving never touches the browse count (the counter owns it) and never
 * deletes a revision: only a draft's translations are rewritten, and history is appended.
 */
@Repository
class NewsArticles {

    private final JdbcClient jdbc;
    private final RevisionRows revisionRows;

    NewsArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.revisionRows = new RevisionRows(jdbc);
    }

    Optional<NewsArticle> find(long id) {
        return find(id, false);
    }

    /** Loads the article and locks its row until the transaction ends, so two reviewers never race. */
    Optional<NewsArticle> lock(long id) {
        return find(id, true);
    }

    private Optional<NewsArticle> find(long id, boolean lock) {
        Map<Integer, Revision> revisions = new HashMap<>();
        Optional<Head> head = jdbc.sql("select id, column_id, original_language, live_revision, published, "
                        + "release_at, created_at, created_by from news_article where id = ?"
                        + (lock ? " for update" : ""))
                .param(id)
                .query(NewsArticles::head)
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("""
                        select number, status, created_at, created_by, reviewed_at, reviewed_by, review_comment,
                               cover_file_id,
                               array(select l.file_id from news_revision_attachment l
                                     where l.article_id = r.article_id and l.revision = r.number
                                     order by l.position),
                               array(select e.username from news_revision_editor e
                                     where e.article_id = r.article_id and e.revision = r.number)
                        from news_revision r where article_id = ? order by number
                        """).param(id).query(rs -> {
            Revision revision = Revision.restore(
                    rs.getInt(1),
                    RevisionStatus.valueOf(rs.getString(2)),
                    instant(rs, 3),
                    rs.getString(4),
                    instant(rs, 5),
                    rs.getString(6),
                    rs.getString(7));
            revision.restoreFiles(
                    (Long) rs.getObject(8), List.of((Long[]) rs.getArray(9).getArray()));
            revision.restoreEditors(List.of((String[]) rs.getArray(10).getArray()));
            revisions.put(rs.getInt(1), revision);
        });
        jdbc.sql("""
                        select revision, language, title, summary, body_html, source, author, translator
                        from news_translation where article_id = ?
                        """).param(id).query(rs -> {
            revisions
                    .get(rs.getInt(1))
                    .restoreTranslation(new Translation(
                            Language.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8)));
        });
        Head h = head.get();
        return Optional.of(NewsArticle.restore(
                h.id,
                h.columnId,
                h.original,
                new Publication(h.liveRevision, h.published, h.releaseAt),
                h.createdAt,
                h.createdBy,
                List.copyOf(revisions.values())));
    }

    private record Head(
            long id,
            long columnId,
            Language original,
            Integer liveRevision,
            boolean published,
            Instant releaseAt,
            Instant createdAt,
            String createdBy) {}

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(
                rs.getLong(1),
                rs.getLong(2),
                Language.valueOf(rs.getString(3)),
                (Integer) rs.getObject(4),
                rs.getBoolean(5),
                instant(rs, 6),
                instant(rs, 7),
                rs.getString(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    NewsArticle save(NewsArticle article) {
        if (article.id() == null) {
            long id = jdbc.sql("""
                            insert into news_article (column_id, original_language, live_revision, published,
                                                      release_at, created_at, created_by)
                            values (?, ?, ?, ?, ?, ?, ?) returning id
                            """)
                    .params(
                            article.columnId(),
                            article.originalLanguage().name(),
                            article.publication().liveRevision(),
                            article.published(),
                            timestamp(article.publication().releaseAt()),
                            timestamp(article.createdAt()),
                            article.createdBy())
                    .query(Long.class)
                    .single();
            article.assignId(id);
        } else {
            jdbc.sql("""
                            update news_article set column_id = ?, live_revision = ?, published = ?, release_at = ?
                            where id = ?
                            """)
                    .params(
                            article.columnId(),
                            article.publication().liveRevision(),
                            article.published(),
                            timestamp(article.publication().releaseAt()),
                            article.id())
                    .update();
        }
        for (Revision revision : article.revisions()) {
            revisionRows.save(article.id(), revision);
        }
        for (NewsArticle.Event event : article.drainEvents()) {
            jdbc.sql("""
                            insert into news_event (article_id, revision, action, actor, at, comment)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            article.id(),
                            event.revision(),
                            event.action(),
                            event.actor(),
                            timestamp(event.at()),
                            event.comment())
                    .update();
        }
        return article;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
