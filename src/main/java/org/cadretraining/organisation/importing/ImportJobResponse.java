package org.cadretraining.organisation.importing;

import java.time.Instant;
import java.util.List;

/** A job as the API shows it, with one page of its problems in the caller's language. */
record ImportJobResponse(
        long id,
        String kind,
        String status,
        String fileName,
        Integer totalRows,
        int checkedRows,
        int writtenRows,
        Integer percent,
        int errorCount,
        int created,
        int updated,
        int unchanged,
        String failure,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        int errorsPage,
        int errorsPageSize,
        List<ProblemView> errors) {

    static ImportJobResponse of(ImportJob job, String failure, int page, List<ProblemView> errors) {
        return new ImportJobResponse(
                job.id(),
                job.kind().slug(),
                job.status().name(),
                job.fileName(),
                job.totalRows(),
                job.checkedRows(),
                job.writtenRows(),
                job.percent(),
                job.errorCount(),
                job.createdCount(),
                job.updatedCount(),
                job.unchangedCount(),
                failure,
                job.requestedBy(),
                job.requestedAt(),
                job.finishedAt(),
                page,
                ImportDesk.PROBLEMS_PER_PAGE,
                errors);
    }
}
