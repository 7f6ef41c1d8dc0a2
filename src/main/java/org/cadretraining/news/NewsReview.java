package org.cadretraining.news;

import java.time.Clock;
import java.time.Instant;
import org.cadretraining.news.NewsRights.Step;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review and publishing steps of an article, each checked against the person (their roles, and whether they
 * wrote the revision) and the institution's review setting, in one transaction each: a refusal changes nothing.
 */
@Service
class NewsReview {

    private final NewsArticles articles;
    private final NewsPages pages;
    private final ReviewSettings settings;
    private final Clock clock;

    NewsReview(NewsArticles articles, NewsPages pages, ReviewSettings settings, Clock clock) {
        this.articles = articles;
        this.pages = pages;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    NewsArticle submit(long id, CurrentUser user) {
        NewsArticle article = lock(id, user, Step.SUBMIT);
        article.submit(clock.instant(), user.username());
        return articles.save(article);
    }

    @Transactional
    NewsArticle approve(long id, String comment, CurrentUser user) {
        return approve(id, comment, null, user);
    }

    /**
     * Approves the revision in review. Where the reviewer publishes, that publishes it too, from {@code releaseAt}
     * when given; otherwise it waits for a publisher and a release time is refused.
     */
    @Transactional
    NewsArticle approve(long id, String comment, Instant releaseAt, CurrentUser user) {
        NewsArticle article = lock(id, user, Step.APPROVE);
        article.approve(clock.instant(), user.username(), comment, settings.current(), releaseAt);
        return changed(articles.save(article));
    }

    @Transactional
    NewsArticle reject(long id, String comment, CurrentUser user) {
        NewsArticle article = lock(id, user, Step.REJECT);
        article.reject(clock.instant(), user.username(), comment);
        return articles.save(article);
    }

    /** Publishes now when {@code releaseAt} is null (an update of a published article keeps its release time). */
    @Transactional
    NewsArticle publish(long id, Instant releaseAt, CurrentUser user) {
        NewsArticle article = lock(id, user, Step.PUBLISH);
        article.publish(releaseAt, clock.instant(), user.username());
        return changed(articles.save(article));
    }

    @Transactional
    NewsArticle unpublish(long id, String comment, CurrentUser user) {
        NewsArticle article = lock(id, user, Step.UNPUBLISH);
        article.unpublish(clock.instant(), user.username(), comment);
        return changed(articles.save(article));
    }

    /** Where the article stands and which steps this person is offered, with the reason for each one withheld. */
    @Transactional(readOnly = true)
    ReviewPanel panel(NewsArticle article, CurrentUser user) {
        return ReviewPanel.of(article, user, settings.current(), clock.instant());
    }

    /** Loads and locks the article, so two people never take steps on it at once, and checks the person first. */
    private NewsArticle lock(long id, CurrentUser user, Step step) {
        NewsRights.requireRole(user, step);
        NewsArticle article = articles.lock(id).orElseThrow(() -> DomainException.notFound("news.article.notFound"));
        NewsRights.require(user, step, article);
        return article;
    }

    /** What readers see may have changed: rendered pages are rendered again. */
    private NewsArticle changed(NewsArticle article) {
        pages.forgetAfterCommit();
        return article;
    }
}
