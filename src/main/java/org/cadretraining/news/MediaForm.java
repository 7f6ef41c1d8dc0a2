package org.cadretraining.news;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file part of the article form: a new cover, "remove the cover", new attachments and the attachments to
 * remove. Kept apart from {@link ArticleForm} so that a refused file is shown next to its own field.
 */
record MediaForm(
        MultipartFile cover, Boolean removeCover, List<MultipartFile> attachments, List<Long> removeAttachments) {

    static MediaForm none() {
        return new MediaForm(null, false, List.of(), List.of());
    }

    public boolean removing(long fileId) {
        return removeAttachments != null && removeAttachments.contains(fileId);
    }

    FileChange change() {
        List<FileChange.Incoming> added = attachments == null
                ? List.of()
                : attachments.stream()
                        .filter(f -> f != null && !f.isEmpty())
                        .map(MediaForm::incoming)
                        .toList();
        return new FileChange(
                cover == null || cover.isEmpty() ? null : incoming(cover),
                Boolean.TRUE.equals(removeCover),
                added,
                removeAttachments);
    }

    private static FileChange.Incoming incoming(MultipartFile file) {
        try {
            return new FileChange.Incoming(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
