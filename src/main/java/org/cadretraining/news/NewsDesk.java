package org.cadretraining.news;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom: each step of the workflow, checked against the person's role, in one transaction each. */
@Service
class NewsDesk {

    private final NewsArticles articles;
    private final NewsColumns columns;
    private final NewsPages pages;
    private final Clock clock;

    NewsDesk(NewsArticles articles, NewsColumns columns, NewsPages pages, Clock clock) {
        this.articles = articles;
        this.columns = columns;
        this.pages = pages;
        this.clock = clock;
    }

    @Transactional
    NewsArticle create(long columnId, Language original, Map<Language, Translation> content, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        columns.require(columnId);
        return articles.save(NewsArticle.draft(columnId, original, content, clock.instant(), user.username()));
    }

    @Transactional
    NewsArticle edit(long id, long columnId, Map<Language, Translation> content, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        columns.require(columnId);
        NewsArticle article = lock(id);
        article.edit(columnId, content, clock.instant(), user.username());
        return changed(articles.save(article));
    }

    @Transactional
    NewsArticle submit(long id, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        NewsArticle article = lock(id);
        article.submit(clock.instant(), user.username());
        return articles.save(article);
    }

    @Transactional
    NewsArticle approve(long id, String comment, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_REVIEWER);
        NewsArticle article = lock(id);
        if (article.latest().createdBy().equals(user.username())) {
            throw DomainException.conflict(null, "news.review.ownRevision");
        }
        article.approve(clock.instant(), user.username(), comment);
        return changed(articles.save(article));
    }

    @Transactional
    NewsArticle reject(long id, String comment, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_REVIEWER);
        NewsArticle article = lock(id);
        article.reject(clock.instant(), user.username(), comment);
        return articles.save(article);
    }

    /** Publishes now when {@code releaseAt} is null, else from that time on. */
    @Transactional
    NewsArticle publish(long id, Instant releaseAt, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_PUBLISHER);
        NewsArticle article = lock(id);
        Instant now = clock.instant();
        article.publish(releaseAt == null ? now : releaseAt, now, user.username());
        return changed(articles.save(article));
    }

    @Transactional
    NewsArticle unpublish(long id, String comment, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_PUBLISHER);
        NewsArticle article = lock(id);
        article.unpublish(clock.instant(), user.username(), comment);
        return changed(articles.save(article));
    }

    @Transactional(readOnly = true)
    NewsArticle get(long id, CurrentUser user) {
        NewsRights.requireNewsStaff(user);
        return articles.find(id).orElseThrow(() -> DomainException.notFound("news.article.notFound"));
    }

    private NewsArticle lock(long id) {
        return articles.lock(id).orElseThrow(() -> DomainException.notFound("news.article.notFound"));
    }

    /** What readers see may have changed: rendered pages are rendered again. */
    private NewsArticle changed(NewsArticle article) {
        pages.forgetAfterCommit();
        return article;
    }
}
