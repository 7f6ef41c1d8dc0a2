package org.cadretraining.report.archive;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Sends a finished job's PDF or ZIP from the database, part by part, from whichever node is asked. */
@Component
class ArchiveDownloads {

    private final ArchiveDesk desk;
    private final ArchiveJobs jobs;

    ArchiveDownloads(ArchiveDesk desk, ArchiveJobs jobs) {
        this.desk = desk;
        this.jobs = jobs;
    }

    ResponseEntity<StreamingResponseBody> pdf(long courseId, long jobId) {
        ArchiveJob job = finished(courseId, jobId);
        return send(job, "PDF", job.pdfBytes(), MediaType.APPLICATION_PDF, ZipNames.pdf(courseId));
    }

    ResponseEntity<StreamingResponseBody> zip(long courseId, long jobId) {
        ArchiveJob job = finished(courseId, jobId);
        return send(
                job,
                "ZIP",
                job.zipBytes(),
                MediaType.parseMediaType("application/zip"),
                "course-" + courseId + "-archive.zip");
    }

    private ArchiveJob finished(long courseId, long jobId) {
        ArchiveJob job = desk.job(courseId, jobId, CurrentUser.get());
        if (!job.done()) {
            throw DomainException.conflict("job", "report.archive.job.notDone");
        }
        return job;
    }

    private ResponseEntity<StreamingResponseBody> send(
            ArchiveJob job, String file, long length, MediaType type, String name) {
        StreamingResponseBody body = out -> jobs.copyFile(job.id(), file, out);
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
