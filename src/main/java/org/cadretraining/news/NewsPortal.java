package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see of an article: published articles whose release time has come, in the order of (release time,
 * id). Previous and next follow that order within the article's column, so they are deterministic even when two
 * articles share a release time, never loop, and never point at an article readers cannot see. The lists of
 * articles (columns, search, home page) are {@link PortalListings}.
 */
@Service
class NewsPortal {

    /**
     * An article in a list or a previous/next link: its title in the reader's language where it has one, and its
     * cover image if it has one.
     */
    record Headline(long id, String title, Instant releaseAt, Long coverFileId) {}

    /** An article page. {@code languages} are the languages it can be read in. */
    record ArticlePage(
            long id,
            NewsColumn column,
            Language language,
            List<Language> languages,
            Translation text,
            Instant releaseAt,
            long browseCount,
            Headline previous,
            Headline next,
            NewsFile cover,
            List<NewsFile> attachments) {

        ArticlePage withCount(long count) {
            return new ArticlePage(
                    id, column, language, languages, text, releaseAt, count, previous, next, cover, attachments);
        }
    }

    private final JdbcClient jdbc;
    private final NewsColumns columns;
    private final BrowseCounter counter;
    private final NewsFiles files;
    private final Clock clock;

    NewsPortal(JdbcClient jdbc, NewsColumns columns, BrowseCounter counter, NewsFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.counter = counter;
        this.files = files;
        this.clock = clock;
    }

    /** The article as readers see it, in the language asked for, or else in its original language. */
    @Transactional(readOnly = true)
    Optional<ArticlePage> article(long id, Language wanted) {
        Timestamp now = Timestamp.from(clock.instant());
        record Row(
                long column,
                Language original,
                int revision,
                Instant releaseAt,
                long count,
                Long cover,
                List<Long> attachments) {}
        Optional<Row> row = jdbc.sql("""
                        select a.column_id, a.original_language, a.live_revision, a.release_at, a.browse_count,
                               r.cover_file_id,
                               array(select l.file_id from news_revision_attachment l
                                     where l.article_id = a.id and l.revision = a.live_revision order by l.position)
                        from news_article a
                        join news_revision r on r.article_id = a.id and r.number = a.live_revision
                        where a.id = ? and a.published and a.release_at <= ?
                        """)
                .params(id, now)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        Language.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getLong(5),
                        (Long) rs.getObject(6),
                        List.of((Long[]) rs.getArray(7).getArray())))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row a = row.get();
        Map<Language, Translation> texts = translations(id, a.revision());
        Language language = texts.containsKey(wanted) ? wanted : a.original();
        Translation text =
                texts.getOrDefault(language, texts.values().iterator().next());
        Timestamp release = Timestamp.from(a.releaseAt());
        Headline previous = neighbour(a.column(), release, id, now, language, true);
        Headline next = neighbour(a.column(), release, id, now, language, false);
        return Optional.of(new ArticlePage(
                id,
                columns.require(a.column()),
                text.language(),
                List.copyOf(texts.keySet()),
                text,
                a.releaseAt(),
                a.count() + counter.pending(id),
                previous,
                next,
                a.cover() == null ? null : files.all(List.of(a.cover())).getFirst(),
                files.all(a.attachments())));
    }

    /**
     * The current count of an article, with the views not yet written. Not in a transaction: a reading that overlaps
     * a flush waits and is taken again, and holds no connection while it waits.
     */
    long browseCount(long id) {
        return counter.current(id, () -> jdbc.sql("select browse_count from news_article where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(0L));
    }

    /** Whether readers may see the article now (only those views count). */
    @Transactional(readOnly = true)
    boolean visible(long id) {
        return jdbc.sql("select count(*) from news_article where id = ? and published and release_at <= ?")
                        .params(id, Timestamp.from(clock.instant()))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Map<Language, Translation> translations(long id, int revision) {
        Map<Language, Translation> texts = new LinkedHashMap<>();
        jdbc.sql("""
                        select language, title, summary, body_html, source, author, translator
                        from news_translation where article_id = ? and revision = ? order by language desc
                        """).params(id, revision).query(rs -> {
            Translation t = new Translation(
                    Language.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7));
            texts.put(t.language(), t);
        });
        return texts;
    }

    /** The article just before (older) or just after (newer) in the column, by (release time, id). */
    private Headline neighbour(
            long column, Timestamp release, long id, Timestamp now, Language language, boolean before) {
        String sql = """
                select a.id, a.release_at, %s, %s
                from news_article a
                where a.column_id = :column and a.published and a.release_at <= :now
                  and (a.release_at, a.id) %s (:release, :id)
                order by a.release_at %s, a.id %s
                limit 1
                """.formatted(
                        PortalHeadlines.TITLE_IN_LANGUAGE,
                        PortalHeadlines.COVER,
                        before ? "<" : ">",
                        before ? "desc" : "asc",
                        before ? "desc" : "asc");
        return jdbc.sql(sql)
                .param("column", column)
                .param("now", now)
                .param("release", release)
                .param("id", id)
                .param("language", language.name())
                .query(PortalHeadlines::headline)
                .optional()
                .orElse(null);
    }
}
