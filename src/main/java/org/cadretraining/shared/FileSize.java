package org.cadretraining.shared;

import java.util.Locale;

/** A file's size as readers read it: bytes, KB or MB (units every language of the portal writes the same way). */
public final class FileSize {

    private FileSize() {}

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes == Math.rint(megabytes)
                ? String.format(Locale.ROOT, "%d MB", (long) megabytes)
                : String.format(Locale.ROOT, "%.1f MB", megabytes);
    }
}
