package org.cadretraining.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bytes of covers, attachments and the images in an article's text, kept in the database next to the article. A
 * file never changes once stored; revisions point at it (an image in the text by its address in the body). Readers
 * get a file only while it belongs to the live revision of an article they can see.
 */
@Repository
class NewsFiles {

    /** A file with its bytes, for a download. */
    record Content(NewsFile file, byte[] bytes) {}

    private static final String FILE = "f.id, f.article_id, f.name, f.content_type, f.size_bytes, f.uploaded_at";

    /**
     * Whether the body of revision {@code r} shows file {@code f} of article {@code a}: it holds the file's address
     * as {@link #address} writes it, up to the closing quote of the attribute (so file 12 is not file 123). The
     * sanitiser writes every attribute in double quotes.
     */
    private static final String IN_BODY = """
            exists (select 1 from news_translation t where t.article_id = %1$s and t.revision = %2$s
                    and strpos(t.body_html, '/news/articles/' || %1$s || '/files/' || f.id || '"') > 0)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    NewsFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Where readers (and the newsroom, for any file of the article) get a file: the address an image in a body has. */
    static String address(long articleId, long fileId) {
        return "/news/articles/" + articleId + "/files/" + fileId;
    }

    long store(long articleId, NewsUpload upload, Instant at, String by) {
        return jdbc.sql("""
                        insert into news_file (article_id, name, content_type, size_bytes, content, uploaded_at,
                                               uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        articleId,
                        upload.name(),
                        upload.type().contentType(),
                        upload.content().length,
                        upload.content(),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    Optional<NewsFile> find(long articleId, long fileId) {
        return jdbc.sql("select " + FILE + " from news_file f where f.id = ? and f.article_id = ?")
                .params(fileId, articleId)
                .query(NewsFiles::file)
                .optional();
    }

    List<NewsFile> all(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<NewsFile> found = jdbc.sql("select " + FILE + " from news_file f where f.id in (:ids)")
                .param("ids", ids)
                .query(NewsFiles::file)
                .list();
        return ids.stream()
                .flatMap(id -> found.stream().filter(f -> f.id() == id))
                .toList();
    }

    /** The cover, attachments and images of an article's live revision, when readers may see the article now. */
    Optional<NewsFile> published(long articleId, long fileId) {
        return jdbc.sql("""
                        select %s from news_file f
                        join news_article a on a.id = f.article_id
                        join news_revision r on r.article_id = a.id and r.number = a.live_revision
                        where f.id = ? and a.id = ? and a.published and a.release_at <= ?
                          and (r.cover_file_id = f.id or exists (
                                select 1 from news_revision_attachment l
                                where l.article_id = a.id and l.revision = r.number and l.file_id = f.id)
                               or %s)
                        """.formatted(FILE, IN_BODY.formatted("a.id", "r.number")))
                .params(fileId, articleId, Timestamp.from(clock.instant()))
                .query(NewsFiles::file)
                .optional();
    }

    byte[] bytes(long fileId) {
        return jdbc.sql("select content from news_file where id = ?")
                .param(fileId)
                .query(byte[].class)
                .single();
    }

    /**
     * The files of a draft's earlier uploads that no revision points at any more (the editor removed them); an image
     * shown in the text of any revision stays.
     */
    void forgetUnused(long articleId) {
        jdbc.sql("""
                        delete from news_file f where f.article_id = ?
                          and not exists (select 1 from news_revision r
                                          where r.article_id = f.article_id and r.cover_file_id = f.id)
                          and not exists (select 1 from news_revision_attachment l where l.file_id = f.id)
                          and not exists (select 1 from news_revision r where r.article_id = f.article_id
                                          and %s)
                        """.formatted(IN_BODY.formatted("f.article_id", "r.number")))
                .param(articleId)
                .update();
    }

    private static NewsFile file(ResultSet rs, int n) throws SQLException {
        return new NewsFile(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getTimestamp(6).toInstant());
    }
}
