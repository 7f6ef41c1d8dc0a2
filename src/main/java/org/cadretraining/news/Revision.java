package org.cadretraining.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.shared.DomainException;

/**
 * One numbered version of an article, with its translations, its cover image and attachments, and its review. Only
 * a draft may change. A new revision starts with the files of the one before it (the files themselves never change,
 * so both revisions point at the same ones). It knows everyone who wrote into it, since none of them may approve it.
 */
final class Revision {

    private final int number;
    private RevisionStatus status;
    private final Instant createdAt;
    private final String createdBy;
    private Instant reviewedAt;
    private String reviewedBy;
    private String reviewComment;
    private final Map<Language, Translation> translations = new EnumMap<>(Language.class);
    private boolean contentChanged;
    private Long coverFileId;
    private final List<Long> attachmentIds = new ArrayList<>();
    private boolean filesChanged;
    private final Set<String> editors = new LinkedHashSet<>();

    Revision(int number, RevisionStatus status, Instant createdAt, String createdBy) {
        this.number = number;
        this.status = status;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        editors.add(createdBy);
    }

    /** A revision as stored, for the repository. */
    static Revision restore(
            int number,
            RevisionStatus status,
            Instant createdAt,
            String createdBy,
            Instant reviewedAt,
            String reviewedBy,
            String reviewComment) {
        Revision revision = new Revision(number, status, createdAt, createdBy);
        revision.reviewedAt = reviewedAt;
        revision.reviewedBy = reviewedBy;
        revision.reviewComment = reviewComment;
        return revision;
    }

    void restoreEditors(List<String> usernames) {
        editors.addAll(usernames);
    }

    void restoreTranslation(Translation translation) {
        translations.put(translation.language(), translation);
    }

    void restoreFiles(Long coverFileId, List<Long> attachmentIds) {
        this.coverFileId = coverFileId;
        this.attachmentIds.addAll(attachmentIds);
    }

    /** A new revision carries the files of the one it follows. */
    void copyFilesFrom(Revision previous) {
        requireDraft();
        coverFileId = previous.coverFileId;
        attachmentIds.clear();
        attachmentIds.addAll(previous.attachmentIds);
        filesChanged = true;
    }

    void cover(Long fileId) {
        requireDraft();
        coverFileId = fileId;
        filesChanged = true;
    }

    void attach(long fileId) {
        requireDraft();
        attachmentIds.add(fileId);
        filesChanged = true;
    }

    void detach(long fileId) {
        requireDraft();
        filesChanged |= attachmentIds.remove(Long.valueOf(fileId));
    }

    private void requireDraft() {
        if (status != RevisionStatus.DRAFT) {
            throw DomainException.conflict(null, "news.revision.notDraft");
        }
    }

    void write(Map<Language, Translation> content, String by) {
        requireDraft();
        editors.add(by);
        translations.clear();
        content.forEach((language, t) -> translations.put(
                language,
                new Translation(
                        language,
                        t.title().strip(),
                        t.summary(),
                        RichText.sanitise(t.bodyHtml()),
                        t.source(),
                        t.author(),
                        t.translator())));
        contentChanged = true;
    }

    void move(RevisionStatus from, RevisionStatus to, String messageKey) {
        if (status != from) {
            throw DomainException.conflict(null, messageKey);
        }
        status = to;
    }

    /** Records the outcome of review with the comment as {@link ReviewComment} keeps it. */
    void review(RevisionStatus outcome, Instant at, String by, String comment) {
        move(RevisionStatus.SUBMITTED, outcome, "news.revision.notSubmitted");
        reviewedAt = at;
        reviewedBy = by;
        reviewComment = comment;
    }

    /** Whether the person created this revision or wrote into it. */
    boolean writtenBy(String username) {
        return editors.contains(username);
    }

    /** Everyone who wrote into it; saved with its content, since writing is what adds to them. */
    Set<String> editors() {
        return Set.copyOf(editors);
    }

    int number() {
        return number;
    }

    RevisionStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    String reviewComment() {
        return reviewComment;
    }

    Map<Language, Translation> translations() {
        return Map.copyOf(translations);
    }

    Optional<Translation> translation(Language language) {
        return Optional.ofNullable(translations.get(language));
    }

    boolean contentChanged() {
        return contentChanged;
    }

    Long coverFileId() {
        return coverFileId;
    }

    List<Long> attachmentIds() {
        return List.copyOf(attachmentIds);
    }

    boolean filesChanged() {
        return filesChanged;
    }
}
