package org.cadretraining.report.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@ApiController("/api/v1/courses/{courseId}/archive")
@Tag(
        name = "Course archive",
        description = "A course's archive (一班一档) for the organisers and the course's class teacher: programme and"
                + " its changes, roster with roles and groups, attendance per item, leave, withdrawals, completion"
                + " with reasons, evaluation figures (only from the minimum number of answers), reflection reports,"
                + " certificates, news articles, materials and photos; and its download, a PDF and a ZIP with the"
                + " PDF and the course's files, built as a job whose progress any node reports.")
class ArchiveApiController {

    /** The archive with the number of rows of each section. */
    record ArchiveResponse(Map<String, Integer> counts, CourseArchive archive) {}

    /**
     * A download job: {@code doneSteps} of {@code totalSteps} (reading, the PDF, each file of the ZIP); the files'
     * addresses once {@code status} is DONE.
     */
    record JobResponse(
            long id,
            long courseId,
            String status,
            int totalSteps,
            int doneSteps,
            int percent,
            String failure,
            LocalDateTime requestedAt,
            LocalDateTime finishedAt,
            String pdf,
            String zip) {

        static JobResponse of(ArchiveJob job) {
            String base = "/api/v1/courses/" + job.courseId() + "/archive/jobs/" + job.id();
            return new JobResponse(
                    job.id(),
                    job.courseId(),
                    job.status(),
                    job.totalSteps(),
                    job.doneSteps(),
                    job.percent(),
                    job.failure(),
                    job.requestedAt(),
                    job.finishedAt(),
                    job.done() ? base + "/pdf" : null,
                    job.done() ? base + "/zip" : null);
        }
    }

    private final CourseArchives archives;
    private final ArchiveDesk desk;
    private final ArchiveDownloads downloads;

    ArchiveApiController(CourseArchives archives, ArchiveDesk desk, ArchiveDownloads downloads) {
        this.archives = archives;
        this.desk = desk;
        this.downloads = downloads;
    }

    @Operation(summary = "The course's archive, section by section")
    @ApiResponse(responseCode = "200", description = "The archive")
    @ApiResponse(
            responseCode = "403",
            description = "Not an organiser nor the course's class teacher",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such course",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    ArchiveResponse archive(@PathVariable long courseId) {
        CourseArchive archive = archives.read(courseId, CurrentUser.get());
        return new ArchiveResponse(archive.counts(), archive);
    }

    @Operation(
            summary = "Start building the download (or get the build under way)",
            description =
                    "The PDF is written in the reader's language (?lang=en, or the language chosen before), Chinese by default.")
    @ApiResponse(responseCode = "202", description = "The job; poll it until DONE or FAILED")
    @ApiResponse(
            responseCode = "403",
            description = "Not an organiser nor the course's class teacher",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/jobs")
    ResponseEntity<JobResponse> start(@PathVariable long courseId, Locale locale) {
        ArchiveJob job = desk.start(courseId, CurrentUser.get(), locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobResponse.of(job));
    }

    @Operation(summary = "A download job's progress")
    @GetMapping("/jobs/{jobId}")
    JobResponse job(@PathVariable long courseId, @PathVariable long jobId) {
        return JobResponse.of(desk.job(courseId, jobId, CurrentUser.get()));
    }

    @Operation(summary = "The finished job's PDF")
    @ApiResponse(responseCode = "409", description = "The job has not finished, or failed")
    @GetMapping("/jobs/{jobId}/pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long courseId, @PathVariable long jobId) {
        return downloads.pdf(courseId, jobId);
    }

    @Operation(summary = "The finished job's ZIP: the PDF, the materials, the photos and the reflection reports")
    @ApiResponse(responseCode = "409", description = "The job has not finished, or failed")
    @GetMapping("/jobs/{jobId}/zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long courseId, @PathVariable long jobId) {
        return downloads.zip(courseId, jobId);
    }
}
