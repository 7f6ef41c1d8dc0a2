package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.news.NewsPortal.Headline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which articles the portal's lists show, newest first: a column's pages, a search, the home page. Only published
 * articles whose release time has come, as on {@link NewsPortal}.
 */
@Service
class PortalListings {

    record ColumnPage(NewsColumn column, List<Headline> headlines, int page, int pages) {}

    private final JdbcClient jdbc;
    private final NewsColumns columns;
    private final Clock clock;

    PortalListings(JdbcClient jdbc, NewsColumns columns, Clock clock) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.clock = clock;
    }

    /** A page of a column's articles (and its sub-columns'), newest first. */
    @Transactional(readOnly = true)
    Optional<ColumnPage> column(String slug, int page, int size, Language language) {
        Optional<NewsColumn> column = columns.bySlug(slug);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = columns.subtree(column.get().id());
        Timestamp now = Timestamp.from(clock.instant());
        int total = jdbc.sql("select count(*) from news_article where column_id in (:ids) and published "
                        + "and release_at <= :now")
                .param("ids", ids)
                .param("now", now)
                .query(Integer.class)
                .single();
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<Headline> headlines = jdbc.sql("""
                        select a.id, a.release_at, %s, %s
                        from news_article a
                        where a.column_id in (:ids) and a.published and a.release_at <= :now
                        order by a.release_at desc, a.id desc
                        limit :size offset :offset
                        """.formatted(PortalHeadlines.TITLE_IN_LANGUAGE, PortalHeadlines.COVER))
                .param("ids", ids)
                .param("now", now)
                .param("language", language.name())
                .param("size", size)
                .param("offset", (current - 1) * size)
                .query(PortalHeadlines::headline)
                .list();
        return Optional.of(new ColumnPage(column.get(), headlines, current, pages));
    }

    /**
     * Published articles whose live title or body contains every word of the query, newest first. A Chinese word
     * is found inside running text.
     */
    @Transactional(readOnly = true)
    List<Headline> search(String query, int limit, Language language) {
        List<String> words = Arrays.stream(
                        query == null ? new String[0] : query.strip().split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(5)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and exists (select 1 from news_translation s where s.article_id = a.id")
                    .append(" and s.revision = a.live_revision and (s.title ilike :w" + i)
                    .append(" or s.body_text ilike :w" + i + "))");
        }
        var statement = jdbc.sql(
                        "select a.id, a.release_at, " + PortalHeadlines.TITLE_IN_LANGUAGE + ", " + PortalHeadlines.COVER
                                + " from news_article a where a.published and a.release_at <= :now" + where
                                + " order by a.release_at desc, a.id desc limit :limit")
                .param("now", Timestamp.from(clock.instant()))
                .param("language", language.name())
                .param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "%" + likeEscaped(words.get(i)) + "%");
        }
        return statement.query(PortalHeadlines::headline).list();
    }

    private static String likeEscaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every column with its latest articles, for the portal's home page. */
    @Transactional(readOnly = true)
    Map<NewsColumn, List<Headline>> latestPerColumn(int perColumn, Language language) {
        Map<NewsColumn, List<Headline>> home = new LinkedHashMap<>();
        for (NewsColumn column : columns.all()) {
            home.put(
                    column,
                    column(column.slug(), 1, perColumn, language)
                            .map(ColumnPage::headlines)
                            .orElse(List.of()));
        }
        return home;
    }
}
