package org.cadretraining.news;

import java.util.List;

/**
 * What an editor changes about a draft's files when saving it: a new cover (replacing the old one) or the cover
 * removed, attachments added and attachments removed. Uploads are checked by the newsroom before anything is kept.
 */
record FileChange(Incoming cover, boolean removeCover, List<Incoming> attachments, List<Long> removeAttachments) {

    /** An uploaded file as the browser sent it, not yet checked. */
    record Incoming(String name, byte[] content) {}

    static final FileChange NONE = new FileChange(null, false, List.of(), List.of());

    FileChange {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        removeAttachments = removeAttachments == null ? List.of() : List.copyOf(removeAttachments);
    }

    boolean changesSomething() {
        return cover != null || removeCover || !attachments.isEmpty() || !removeAttachments.isEmpty();
    }
}
