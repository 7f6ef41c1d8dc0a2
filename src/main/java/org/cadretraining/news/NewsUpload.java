package org.cadretraining.news;

import org.cadretraining.shared.DomainException;

/**
 * A file an editor uploads, accepted only when its bytes are of a kind allowed where it goes and it is within the
 * size limit. The refusal names the form field ({@code cover} or {@code attachments}) so it shows next to it.
 */
record NewsUpload(String name, FileType type, byte[] content) {

    static final String COVER = "cover";
    static final String ATTACHMENTS = "attachments";

    static NewsUpload cover(String name, byte[] content, long maxBytes) {
        NewsUpload upload = checked(COVER, name, content, maxBytes);
        if (!upload.type().cover()) {
            throw DomainException.invalid(COVER, "news.file.coverType");
        }
        return upload;
    }

    static NewsUpload attachment(String name, byte[] content, long maxBytes) {
        return checked(ATTACHMENTS, name, content, maxBytes);
    }

    private static NewsUpload checked(String field, String name, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(field, "news.file.empty", displayName(name));
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid(field, "news.file.tooLarge", displayName(name), FileSize.of(maxBytes));
        }
        FileType type = FileType.of(content)
                .orElseThrow(() -> DomainException.invalid(
                        field, COVER.equals(field) ? "news.file.coverType" : "news.file.type", displayName(name)));
        return new NewsUpload(safeName(name, type), type, content);
    }

    private static String displayName(String name) {
        return name == null ? "" : name.replaceAll(".*[/\\\\]", "");
    }

    /** The name without any folder or control characters, and with the extension of what the file really is. */
    static String safeName(String name, FileType type) {
        String base = displayName(name).replaceAll("[\\p{Cntrl}\"]", "");
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).strip();
        if (stem.isEmpty()) {
            stem = "file";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + type.extension();
    }
}
