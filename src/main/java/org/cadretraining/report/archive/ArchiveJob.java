package org.cadretraining.report.archive;

import java.time.LocalDateTime;

/**
 * One build of a course's archive download, as stored: where it stands ({@code doneSteps} of {@code totalSteps}:
 * reading, the PDF, then each file of the ZIP), the sizes of what it built, and why it failed if it did.
 */
record ArchiveJob(
        long id,
        long courseId,
        String language,
        String status,
        int totalSteps,
        int doneSteps,
        String currentFile,
        Long pdfBytes,
        Long zipBytes,
        String failure,
        String requestedBy,
        LocalDateTime requestedAt,
        LocalDateTime finishedAt) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    public boolean done() {
        return "DONE".equals(status);
    }

    /** How far the build is, in whole per cent of its steps; 100 once done. */
    public int percent() {
        if (done()) {
            return 100;
        }
        return totalSteps == 0 ? 0 : Math.min(99, doneSteps * 100 / totalSteps);
    }
}
