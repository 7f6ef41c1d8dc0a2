package org.cadretraining.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.shared.DomainException;

/**
 * A news item: a group of translations (the original and its translations) in one column, kept as numbered
 * revisions. The rules of the workflow live here:
 *
 * <ul>
 *   <li>an editor writes a draft and submits it; a reviewer approves it or rejects it with a comment;
 *   <li>a publisher publishes the approved revision now or at a set time, and can unpublish;
 *   <li>editing after submission starts a new revision; while it is in review, the published revision stays live,
 *       and the new one replaces it as soon as it is approved.
 * </ul>
 *
 * Every step is recorded as an {@link Event}; nothing is deleted.
 */
final class NewsArticle {

    /** One step of the article's history. */
    record Event(Integer revision, String action, String actor, Instant at, String comment) {}

    private Long id;
    private long columnId;
    private final Language originalLanguage;
    private Integer liveRevision;
    private boolean published;
    private Instant releaseAt;
    private final Instant createdAt;
    private final String createdBy;
    private final List<Revision> revisions = new ArrayList<>();
    private final List<Event> newEvents = new ArrayList<>();

    private NewsArticle(
            Long id,
            long columnId,
            Language originalLanguage,
            Integer liveRevision,
            boolean published,
            Instant releaseAt,
            Instant createdAt,
            String createdBy) {
        this.id = id;
        this.columnId = columnId;
        this.originalLanguage = originalLanguage;
        this.liveRevision = liveRevision;
        this.published = published;
        this.releaseAt = releaseAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A new article with its first draft. */
    static NewsArticle draft(
            long columnId, Language original, Map<Language, Translation> content, Instant at, String by) {
        requireOriginal(original, content);
        NewsArticle article = new NewsArticle(null, columnId, original, null, false, null, at, by);
        Revision first = new Revision(1, RevisionStatus.DRAFT, at, by);
        first.write(content);
        article.revisions.add(first);
        article.newEvents.add(new Event(1, "CREATED", by, at, null));
        return article;
    }

    static NewsArticle restore(
            long id,
            long columnId,
            Language original,
            Integer liveRevision,
            boolean published,
            Instant releaseAt,
            Instant createdAt,
            String createdBy,
            List<Revision> revisions) {
        NewsArticle article =
                new NewsArticle(id, columnId, original, liveRevision, published, releaseAt, createdAt, createdBy);
        article.revisions.addAll(revisions);
        article.revisions.sort(Comparator.comparingInt(Revision::number));
        return article;
    }

    /**
     * Writes new content: into the current draft, or into a new revision when the latest one has been submitted,
     * reviewed or published (the live one stays as it is).
     */
    void edit(long columnId, Map<Language, Translation> content, Instant at, String by) {
        requireOriginal(originalLanguage, content);
        Revision latest = latest();
        if (latest.status() != RevisionStatus.DRAFT) {
            latest = new Revision(latest.number() + 1, RevisionStatus.DRAFT, at, by);
            revisions.add(latest);
        }
        latest.write(content);
        this.columnId = columnId;
        newEvents.add(new Event(latest.number(), "EDITED", by, at, null));
    }

    void submit(Instant at, String by) {
        Revision latest = latest();
        latest.move(RevisionStatus.DRAFT, RevisionStatus.SUBMITTED, "news.revision.notDraft");
        newEvents.add(new Event(latest.number(), "SUBMITTED", by, at, null));
    }

    /** Approves the revision in review; an article already published shows it at once. */
    void approve(Instant at, String by, String comment) {
        Revision latest = latest();
        latest.review(RevisionStatus.APPROVED, at, by, comment);
        if (published) {
            liveRevision = latest.number();
        }
        newEvents.add(new Event(latest.number(), "APPROVED", by, at, latest.reviewComment()));
    }

    void reject(Instant at, String by, String comment) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment", "news.review.commentRequired");
        }
        Revision latest = latest();
        latest.review(RevisionStatus.REJECTED, at, by, comment);
        newEvents.add(new Event(latest.number(), "REJECTED", by, at, latest.reviewComment()));
    }

    /** Publishes the latest approved revision, visible from {@code releaseAt} (now, or a later time). */
    void publish(Instant releaseAt, Instant at, String by) {
        Revision approved =
                latestApproved().orElseThrow(() -> DomainException.conflict(null, "news.publish.notApproved"));
        this.liveRevision = approved.number();
        this.releaseAt = releaseAt;
        this.published = true;
        newEvents.add(new Event(approved.number(), releaseAt.isAfter(at) ? "SCHEDULED" : "PUBLISHED", by, at, null));
    }

    void unpublish(Instant at, String by, String comment) {
        if (!published) {
            throw DomainException.conflict(null, "news.publish.notPublished");
        }
        published = false;
        newEvents.add(new Event(liveRevision, "UNPUBLISHED", by, at, comment));
    }

    /** Whether readers see the article now. */
    boolean visibleAt(Instant now) {
        return published && liveRevision != null && releaseAt != null && !releaseAt.isAfter(now);
    }

    Revision latest() {
        return revisions.getLast();
    }

    Optional<Revision> latestApproved() {
        return revisions.reversed().stream()
                .filter(r -> r.status() == RevisionStatus.APPROVED)
                .findFirst();
    }

    Optional<Revision> live() {
        return liveRevision == null
                ? Optional.empty()
                : revisions.stream().filter(r -> r.number() == liveRevision).findFirst();
    }

    private static void requireOriginal(Language original, Map<Language, Translation> content) {
        Translation first = content.get(original);
        if (first == null || first.title() == null || first.title().isBlank()) {
            // the form's field for the original's title (titleZh, titleEn), so the message shows next to it
            throw DomainException.invalid(
                    original == Language.zh ? "titleZh" : "titleEn", "news.article.originalRequired");
        }
    }

    void assignId(long id) {
        this.id = id;
    }

    Long id() {
        return id;
    }

    long columnId() {
        return columnId;
    }

    Language originalLanguage() {
        return originalLanguage;
    }

    Integer liveRevision() {
        return liveRevision;
    }

    boolean published() {
        return published;
    }

    Instant releaseAt() {
        return releaseAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    List<Event> drainEvents() {
        List<Event> events = List.copyOf(newEvents);
        newEvents.clear();
        return events;
    }
}
