package org.cadretraining.news;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts news in place without the newsroom's pages, for demo data: a column, and an article taken through the whole
 * workflow (written, reviewed, published) by the system, its history saying so.
 */
@Service
public class NewsSetup {

    /** One language's text of an article; {@code language} is "zh" or "en". */
    public record Text(
            String language,
            String title,
            String summary,
            String bodyHtml,
            String source,
            String author,
            String translator) {}

    private static final String SYSTEM = "system";

    private final NewsColumns columns;
    private final NewsArticles articles;
    private final NewsPages pages;
    private final Clock clock;

    NewsSetup(NewsColumns columns, NewsArticles articles, NewsPages pages, Clock clock) {
        this.columns = columns;
        this.articles = articles;
        this.pages = pages;
        this.clock = clock;
    }

    @Transactional
    public long column(String slug, LocalizedText name, int sortOrder) {
        return columns.create(slug, name, null, sortOrder);
    }

    /** An article published in the column from {@code releaseAt}; the first text is the original. */
    @Transactional
    public long publish(long columnId, List<Text> texts, Instant releaseAt) {
        Map<Language, Translation> content = new EnumMap<>(Language.class);
        for (Text t : texts) {
            Language language = Language.parse(t.language());
            content.put(
                    language,
                    new Translation(
                            language, t.title(), t.summary(), t.bodyHtml(), t.source(), t.author(), t.translator()));
        }
        Instant now = clock.instant();
        NewsArticle article =
                NewsArticle.draft(columnId, Language.parse(texts.getFirst().language()), content, now, SYSTEM);
        article.submit(now, SYSTEM);
        article.approve(now, SYSTEM, null, ReviewSetting.PUBLISHER_PUBLISHES, null);
        article.publish(releaseAt, now, SYSTEM);
        long id = articles.save(article).id();
        pages.forgetAfterCommit();
        return id;
    }
}
