package org.cadretraining.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's latest revision as the portal would show it if it were published now (or at its set release time):
 * the same page readers get, with the newest article readers can see in its column as the one before it. Nothing is
 * counted and nothing is kept in the portal's page memory.
 */
@Service
class ArticlePreview {

    private final NewsDesk desk;
    private final NewsColumns columns;
    private final PortalListings listings;
    private final NewsFiles files;
    private final Clock clock;

    ArticlePreview(NewsDesk desk, NewsColumns columns, PortalListings listings, NewsFiles files, Clock clock) {
        this.desk = desk;
        this.columns = columns;
        this.listings = listings;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    NewsPortal.ArticlePage of(long id, Language wanted, CurrentUser user) {
        NewsArticle article = desk.get(id, user);
        Revision latest = article.latest();
        Map<Language, Translation> texts = latest.translations();
        if (texts.isEmpty()) {
            throw DomainException.notFound("news.article.notFound");
        }
        Language language = texts.containsKey(wanted)
                ? wanted
                : texts.containsKey(article.originalLanguage())
                        ? article.originalLanguage()
                        : texts.keySet().iterator().next();
        NewsColumn column = columns.require(article.columnId());
        Instant now = clock.instant();
        Instant releaseAt = article.publication().releaseAt();
        Instant release = releaseAt != null && releaseAt.isAfter(now) ? releaseAt : now;
        NewsPortal.Headline previous = listings.column(column.slug(), 1, 2, language)
                .flatMap(page -> page.headlines().stream()
                        .filter(headline -> headline.id() != id)
                        .findFirst())
                .orElse(null);
        return new NewsPortal.ArticlePage(
                id,
                column,
                language,
                List.copyOf(texts.keySet()),
                texts.get(language),
                release,
                0,
                previous,
                null,
                latest.coverFileId() == null
                        ? null
                        : files.all(List.of(latest.coverFileId())).getFirst(),
                files.all(latest.attachmentIds()));
    }
}
