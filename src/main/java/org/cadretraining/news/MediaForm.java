package org.cadretraining.news;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file part of the article form: a new cover (uploaded, or one of a course's photos), "remove the cover", new
 * attachments and the attachments to remove. Kept apart from {@link ArticleForm} so that a refused file is shown next
 * to its own field.
 */
record MediaForm(
        MultipartFile cover,
        Long coverPhotoId,
        Boolean removeCover,
        List<MultipartFile> attachments,
        List<Long> removeAttachments) {

    static MediaForm none() {
        return new MediaForm(null, null, false, List.of(), List.of());
    }

    public boolean removing(long fileId) {
        return removeAttachments != null && removeAttachments.contains(fileId);
    }

    /** The change, a chosen course photo read by {@code coursePhoto}; an uploaded cover wins over a chosen photo. */
    FileChange change(LongFunction<FileChange.Incoming> coursePhoto) {
        List<FileChange.Incoming> added = attachments == null
                ? List.of()
                : attachments.stream()
                        .filter(f -> f != null && !f.isEmpty())
                        .map(MediaForm::incoming)
                        .toList();
        FileChange.Incoming newCover = cover != null && !cover.isEmpty()
                ? incoming(cover)
                : coverPhotoId == null ? null : coursePhoto.apply(coverPhotoId);
        return new FileChange(newCover, Boolean.TRUE.equals(removeCover), added, removeAttachments);
    }

    private static FileChange.Incoming incoming(MultipartFile file) {
        try {
            return new FileChange.Incoming(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
