package org.cadretraining.news;

import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileType;
import org.cadretraining.shared.UploadedFile;

/**
 * A file an editor uploads, accepted only when its bytes are of a kind allowed where it goes and it is within the
 * size limit. The refusal names the form field ({@code cover} or {@code attachments}) so it shows next to it.
 */
record NewsUpload(String name, FileType type, byte[] content) {

    static final String COVER = "cover";
    static final String ATTACHMENTS = "attachments";

    static NewsUpload cover(String name, byte[] content, long maxBytes) {
        NewsUpload upload = checked(COVER, name, content, maxBytes);
        if (!upload.type().photo()) {
            throw DomainException.invalid(COVER, "news.file.coverType");
        }
        return upload;
    }

    static NewsUpload attachment(String name, byte[] content, long maxBytes) {
        return checked(ATTACHMENTS, name, content, maxBytes);
    }

    private static NewsUpload checked(String field, String name, byte[] content, long maxBytes) {
        try {
            UploadedFile file = UploadedFile.checked(field, name, content, maxBytes, "news.file");
            return new NewsUpload(file.name(), file.type(), file.content());
        } catch (DomainException refused) {
            if (COVER.equals(field) && refused.messageKey().equals("news.file.type")) {
                throw DomainException.invalid(COVER, "news.file.coverType", refused.arguments());
            }
            throw refused;
        }
    }
}
