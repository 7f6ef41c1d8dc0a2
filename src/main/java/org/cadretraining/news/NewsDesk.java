package org.cadretraining.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's writing: articles created and edited with their files, checked against the person's role, in one
 * transaction each. Review and publishing are {@link NewsReview}'s.
 */
@Service
class NewsDesk {

    private final NewsArticles articles;
    private final NewsColumns columns;
    private final NewsPages pages;
    private final NewsFiles files;
    private final Clock clock;
    private final long maxCoverBytes;
    private final long maxAttachmentBytes;

    NewsDesk(
            NewsArticles articles,
            NewsColumns columns,
            NewsPages pages,
            NewsFiles files,
            Clock clock,
            @Value("${app.news.max-cover-bytes:5242880}") long maxCoverBytes,
            @Value("${app.news.max-attachment-bytes:20971520}") long maxAttachmentBytes) {
        this.articles = articles;
        this.columns = columns;
        this.pages = pages;
        this.files = files;
        this.clock = clock;
        this.maxCoverBytes = maxCoverBytes;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    @Transactional
    NewsArticle create(long columnId, Language original, Map<Language, Translation> content, CurrentUser user) {
        return create(columnId, original, content, FileChange.NONE, user);
    }

    @Transactional
    NewsArticle create(
            long columnId,
            Language original,
            Map<Language, Translation> content,
            FileChange fileChange,
            CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        Uploads uploads = check(fileChange);
        columns.require(columnId);
        NewsArticle article =
                articles.save(NewsArticle.draft(columnId, original, content, clock.instant(), user.username()));
        if (fileChange.changesSomething()) {
            keepFiles(article, fileChange, uploads, user);
            articles.save(article);
        }
        return article;
    }

    @Transactional
    NewsArticle edit(long id, long columnId, Map<Language, Translation> content, CurrentUser user) {
        return edit(id, columnId, content, FileChange.NONE, user);
    }

    /**
     * Writes the form into the draft, or into a new revision when the latest has gone to review; the new revision
     * starts with the files of the one before, and the changes to files apply to it, never to the live one.
     */
    @Transactional
    NewsArticle edit(
            long id, long columnId, Map<Language, Translation> content, FileChange fileChange, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        Uploads uploads = check(fileChange);
        columns.require(columnId);
        NewsArticle article = lock(id);
        long columnBefore = article.columnId();
        article.edit(columnId, content, clock.instant(), user.username());
        keepFiles(article, fileChange, uploads, user);
        articles.save(article);
        if (fileChange.changesSomething()) {
            files.forgetUnused(article.id());
        }
        // a draft is not what readers see; only moving a published article to another column is
        return article.published() && columnBefore != columnId ? changed(article) : article;
    }

    /** A file of an article for the newsroom, whatever the state of the article. */
    @Transactional(readOnly = true)
    NewsFiles.Content file(long articleId, long fileId, CurrentUser user) {
        NewsRights.requireNewsStaff(user);
        NewsFile file = files.find(articleId, fileId).orElseThrow(() -> DomainException.notFound("news.file.notFound"));
        return new NewsFiles.Content(file, files.bytes(fileId));
    }

    long maxCoverBytes() {
        return maxCoverBytes;
    }

    long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    private record Uploads(NewsUpload cover, List<NewsUpload> attachments) {}

    /** Every upload is checked before anything is written, so a refused file leaves the article as it was. */
    private Uploads check(FileChange change) {
        NewsUpload cover = change.cover() == null
                ? null
                : NewsUpload.cover(change.cover().name(), change.cover().content(), maxCoverBytes);
        if (change.attachments().size() > MAX_NEW_ATTACHMENTS) {
            throw DomainException.invalid(NewsUpload.ATTACHMENTS, "news.file.tooMany", MAX_NEW_ATTACHMENTS);
        }
        List<NewsUpload> attachments = change.attachments().stream()
                .map(f -> NewsUpload.attachment(f.name(), f.content(), maxAttachmentBytes))
                .toList();
        return new Uploads(cover, attachments);
    }

    private static final int MAX_NEW_ATTACHMENTS = 10;

    private void keepFiles(NewsArticle article, FileChange change, Uploads uploads, CurrentUser user) {
        Revision draft = article.latest();
        Instant now = clock.instant();
        if (change.removeCover()) {
            draft.cover(null);
        }
        if (uploads.cover() != null) {
            draft.cover(files.store(article.id(), uploads.cover(), now, user.username()));
        }
        change.removeAttachments().forEach(draft::detach);
        for (NewsUpload attachment : uploads.attachments()) {
            draft.attach(files.store(article.id(), attachment, now, user.username()));
        }
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
