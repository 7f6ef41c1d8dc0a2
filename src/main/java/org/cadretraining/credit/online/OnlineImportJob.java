package org.cadretraining.credit.online;

import java.time.Instant;

/**
 * An import of one academy file as every node reads it from the database: its state, its progress (rows checked,
 * rows written), how many rows had problems and how many records were counted before (a re-import counts those
 * again never), and, when done, how many records were new.
 */
record OnlineImportJob(
        long id,
        long academyId,
        String academyName,
        String fileName,
        OnlineImportStatus status,
        Integer totalRows,
        int checkedRows,
        int errorCount,
        int knownCount,
        int writtenRows,
        int newCount,
        String failure,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt) {

    /** How far the current step is, 0 to 100, for the progress bar. */
    public int percent() {
        if (totalRows == null || totalRows == 0) {
            return status.isRunning() ? 0 : 100;
        }
        int done =
                status == OnlineImportStatus.WRITING || status == OnlineImportStatus.DONE ? writtenRows : checkedRows;
        return Math.min(100, (int) (100L * done / totalRows));
    }

    public boolean running() {
        return status.isRunning();
    }

    public boolean mayWrite() {
        return status == OnlineImportStatus.CHECKED;
    }
}
