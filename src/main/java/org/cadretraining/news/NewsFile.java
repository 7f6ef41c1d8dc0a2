package org.cadretraining.news;

import java.time.Instant;
import org.cadretraining.shared.FileSize;

/** A stored cover image or attachment, without its bytes: what pages list. */
record NewsFile(long id, long articleId, String name, String contentType, int sizeBytes, Instant uploadedAt) {

    public String size() {
        return FileSize.of(sizeBytes);
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
