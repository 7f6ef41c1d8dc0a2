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

    NewsArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                                     order by l.position)
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
                h.liveRevision,
                h.published,
                h.releaseAt,
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
                            article.liveRevision(),
                            article.published(),
                            timestamp(article.releaseAt()),
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
                            article.liveRevision(),
                            article.published(),
                            timestamp(article.releaseAt()),
                            article.id())
                    .update();
        }
        for (Revision revision : article.revisions()) {
            saveRevision(article.id(), revision);
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

    private void saveRevision(long articleId, Revision revision) {
        jdbc.sql("""
                        insert into news_revision (article_id, number, status, created_at, created_by, reviewed_at,
                                                   reviewed_by, review_comment, cover_file_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (article_id, number) do update
                        set status = excluded.status, reviewed_at = excluded.reviewed_at,
                            reviewed_by = excluded.reviewed_by, review_comment = excluded.review_comment,
                            cover_file_id = excluded.cover_file_id
                        """)
                .params(
                        articleId,
                        revision.number(),
                        revision.status().name(),
                        timestamp(revision.createdAt()),
                        revision.createdBy(),
                        timestamp(revision.reviewedAt()),
                        revision.reviewedBy(),
                        revision.reviewComment(),
                        revision.coverFileId())
                .update();
        if (revision.filesChanged()) {
            saveAttachments(articleId, revision);
        }
        if (!revision.contentChanged()) {
            return;
        }
        jdbc.sql("delete from news_translation where article_id = ? and revision = ?")
                .params(articleId, revision.number())
                .update();
        for (Translation t : revision.translations().values()) {
            jdbc.sql("""
                            insert into news_translation (article_id, revision, language, title, summary, body_html,
                                                          source, author, translator, body_text)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            articleId,
                            revision.number(),
                            t.language().name(),
                            t.title(),
                            t.summary(),
                            t.bodyHtml(),
                            t.source(),
                            t.author(),
                            t.translator(),
                            RichText.text(t.bodyHtml()))
                    .update();
        }
    }

    private void saveAttachments(long articleId, Revision revision) {
        jdbc.sql("delete from news_revision_attachment where article_id = ? and revision = ?")
                .params(articleId, revision.number())
                .update();
        List<Long> ids = revision.attachmentIds();
        for (int position = 0; position < ids.size(); position++) {
            jdbc.sql("insert into news_revision_attachment (article_id, revision, file_id, position) "
                            + "values (?, ?, ?, ?)")
                    .params(articleId, revision.number(), ids.get(position), position)
                    .update();
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
