package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.cadretraining.shared.DomainException;

/**
 * Guards against a workbook that inflates far beyond its size (a zip bomb: a few kilobytes that unpack to
 * gigabytes and would hold the import's thread and disk for minutes). Every part is inflated once and counted,
 * as the sizes a zip declares may lie; reading stops at the limit. A file that is no zip at all is left to the
 * reader, which reports it as unreadable.
 */
final class InflatedSize {

    static final String REFUSAL = "importing.file.inflated";

    private final long maxBytes;
    private final int maxRatio;

    InflatedSize(long maxBytes, int maxRatio) {
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    void check(Path workbook) throws IOException {
        long limit = Math.min(maxBytes, Math.max(MIN_RATIO_BASE, Files.size(workbook)) * maxRatio);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = open(workbook)) {
            if (zip == null) {
                return;
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limit) {
                            throw refusal();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            // a damaged part: the reader will find it and the job will say the file cannot be read
        }
    }

    /** Small files may inflate by more than the ratio: a 20 KB workbook of 2 MB is still an ordinary workbook. */
    private static final long MIN_RATIO_BASE = 1024 * 1024;

    private DomainException refusal() {
        return new DomainException(DomainException.Kind.TOO_LARGE, REFUSAL, "file", maxBytes / (1024 * 1024), maxRatio);
    }

    private static ZipFile open(Path workbook) {
        try {
            return new ZipFile(workbook.toFile());
        } catch (IOException e) {
            return null;
        }
    }
}
