package org.cadretraining.news;

import java.sql.ResultSet;
import java.sql.SQLException;

/** How the portal's queries read an article as a headline: its live title and cover, and the row it gives. */
final class PortalHeadlines {

    private PortalHeadlines() {}

    /** The live title in the wanted language, else in the original language. */
    static final String TITLE_IN_LANGUAGE = """
            coalesce((select t.title from news_translation t
                      where t.article_id = a.id and t.revision = a.live_revision and t.language = :language),
                     (select t.title from news_translation t
                      where t.article_id = a.id and t.revision = a.live_revision
                        and t.language = a.original_language)) as title""";

    /** The live revision's cover image, if it has one. */
    static final String COVER = """
            (select r.cover_file_id from news_revision r
             where r.article_id = a.id and r.number = a.live_revision) as cover""";

    static NewsPortal.Headline headline(ResultSet rs, int n) throws SQLException {
        return new NewsPortal.Headline(
                rs.getLong(1), rs.getString(3), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(4));
    }
}
