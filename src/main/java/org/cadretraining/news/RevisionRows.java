package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one revision's rows for {@link NewsArticles}: the revision itself, its attachments when they changed, and
 * its translations and editors when its content changed. Nothing is deleted but a draft's own rows being rewritten.
 */
final class RevisionRows {

    private final JdbcClient jdbc;

    RevisionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long articleId, Revision revision) {
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
        // every way of writing into a revision changes its content, and that is what adds an editor
        jdbc.sql("insert into news_revision_editor (article_id, revision, username) "
                        + "select ?, ?, unnest(?::varchar[]) on conflict do nothing")
                .params(articleId, revision.number(), revision.editors().toArray(String[]::new))
                .update();
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
