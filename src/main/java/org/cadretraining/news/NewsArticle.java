package org.cadretraining.news;

import java.time.Instant;
import java.util.ArrayList;
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
 *   <li>a publisher publishes the approved revision now or at a set time, and can unpublish; where the
 *       institution's {@link ReviewSetting} says so, the reviewer's approval publishes it instead;
 *   <li>editing after submission starts a new revision; the published one stays live until the new one is published.
 * </ul>
 * Every step is recorded as an {@link Event}; nothing is deleted. Who may take a step is {@link NewsRights}' to say.
 */
final class NewsArticle {

    /** One step of the article's history. */
    record Event(Integer revision, String action, String actor, Instant at, String comment) {}

    private Long id;
    private long columnId;
    private final Language originalLanguage;
    private Publication publication;
    private final Instant createdAt;
    private final String createdBy;
    private final Revisions revisions;
    private final List<Event> newEvents = new ArrayList<>();

    private NewsArticle(
            Long id,
            long columnId,
            Language originalLanguage,
            Publication publication,
            Instant createdAt,
            String createdBy,
            List<Revision> revisions) {
        this.id = id;
        this.columnId = columnId;
        this.originalLanguage = originalLanguage;
        this.publication = publication;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.revisions = new Revisions(revisions);
    }

    /** A new article with its first draft. */
    static NewsArticle draft(
            long columnId, Language original, Map<Language, Translation> content, Instant at, String by) {
        requireOriginal(original, content);
        Revision first = new Revision(1, RevisionStatus.DRAFT, at, by);
        first.write(content, by);
        NewsArticle article = new NewsArticle(null, columnId, original, Publication.NONE, at, by, List.of(first));
        article.newEvents.add(new Event(1, "CREATED", by, at, null));
        return article;
    }

    static NewsArticle restore(
            long id,
            long columnId,
            Language original,
            Publication publication,
            Instant createdAt,
            String createdBy,
            List<Revision> revisions) {
        return new NewsArticle(id, columnId, original, publication, createdAt, createdBy, revisions);
    }

    /** Writes new content into the draft (a new revision when the latest has gone to review; the live one stays). */
    void edit(long columnId, Map<Language, Translation> content, Instant at, String by) {
        requireOriginal(originalLanguage, content);
        Revision draft = revisions.draft(at, by);
        draft.write(content, by);
        this.columnId = columnId;
        newEvents.add(new Event(draft.number(), "EDITED", by, at, null));
    }

    void submit(Instant at, String by) {
        Revision latest = latest();
        latest.move(RevisionStatus.DRAFT, RevisionStatus.SUBMITTED, "news.revision.notDraft");
        newEvents.add(new Event(latest.number(), "SUBMITTED", by, at, null));
    }

    /**
     * Approves the revision in review; where the reviewer publishes, that makes it live as a publisher would, else it
     * waits for a publisher, who alone sets a release time. Checked before anything changes.
     */
    void approve(Instant at, String by, String comment, ReviewSetting setting, Instant releaseAt) {
        if (releaseAt != null && !setting.reviewerPublishes()) {
            throw DomainException.invalid("releaseAt", "news.review.releaseAtIsThePublishers");
        }
        Revision latest = latest();
        latest.review(RevisionStatus.APPROVED, at, by, ReviewComment.of(comment));
        newEvents.add(new Event(latest.number(), "APPROVED", by, at, latest.reviewComment()));
        if (setting.reviewerPublishes()) {
            publish(releaseAt, at, by);
        }
    }

    void reject(Instant at, String by, String comment) {
        String reason = ReviewComment.of(comment);
        if (reason == null) {
            throw DomainException.invalid("comment", "news.review.commentRequired");
        }
        Revision latest = latest();
        latest.review(RevisionStatus.REJECTED, at, by, reason);
        newEvents.add(new Event(latest.number(), "REJECTED", by, at, latest.reviewComment()));
    }

    /** Makes the latest approved revision live from {@code releaseAt}, or when null as {@link Publication} says. */
    void publish(Instant releaseAt, Instant at, String by) {
        Revision approved =
                latestApproved().orElseThrow(() -> DomainException.conflict(null, "news.publish.notApproved"));
        publication = publication.publish(approved.number(), releaseAt, at);
        String action = publication.releaseAt().isAfter(at) ? "SCHEDULED" : "PUBLISHED";
        newEvents.add(new Event(approved.number(), action, by, at, null));
    }

    void unpublish(Instant at, String by, String comment) {
        String reason = ReviewComment.of(comment);
        publication = publication.withdraw();
        newEvents.add(new Event(publication.liveRevision(), "UNPUBLISHED", by, at, reason));
    }

    /** The approved revision that waits for the publishing step: never published, or newer than the live one. */
    Optional<Revision> awaitingPublication() {
        Integer live = publication.liveRevision();
        return latestApproved().filter(approved -> live == null || approved.number() > live);
    }

    Revision latest() {
        return revisions.latest();
    }

    Optional<Revision> latestApproved() {
        return revisions.latestApproved();
    }

    Optional<Revision> live() {
        return revisions.number(publication.liveRevision());
    }

    private static void requireOriginal(Language original, Map<Language, Translation> content) {
        Translation first = content.get(original);
        if (first == null || first.title() == null || first.title().isBlank()) {
            // named as the form's field (titleZh, titleEn), so the message shows next to it
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

    Publication publication() {
        return publication;
    }

    boolean published() {
        return publication.published();
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    List<Revision> revisions() {
        return revisions.all();
    }

    List<Event> drainEvents() {
        List<Event> events = List.copyOf(newEvents);
        newEvents.clear();
        return events;
    }
}
