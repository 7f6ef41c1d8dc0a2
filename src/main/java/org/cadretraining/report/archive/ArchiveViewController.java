package org.cadretraining.report.archive;

import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The course's archive page, its download job's bar (polled by htmx) and the finished files. */
@Controller
class ArchiveViewController {

    private final CourseArchives archives;
    private final ArchiveDesk desk;
    private final ArchiveJobs jobs;
    private final ArchiveDownloads downloads;

    ArchiveViewController(CourseArchives archives, ArchiveDesk desk, ArchiveJobs jobs, ArchiveDownloads downloads) {
        this.archives = archives;
        this.desk = desk;
        this.jobs = jobs;
        this.downloads = downloads;
    }

    @GetMapping("/courses/{courseId}/archive")
    String page(@PathVariable long courseId, Model model) {
        CourseArchive archive = archives.read(courseId, CurrentUser.get());
        model.addAttribute("archive", archive);
        model.addAttribute("job", jobs.latest(courseId).orElse(null));
        return "report/archive";
    }

    @PostMapping("/courses/{courseId}/archive/jobs")
    String start(
            @PathVariable long courseId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        ArchiveJob job = desk.start(courseId, CurrentUser.get(), locale);
        if (htmx == null) {
            return "redirect:/courses/" + courseId + "/archive";
        }
        model.addAttribute("job", job);
        return "report/archive :: job";
    }

    @GetMapping("/courses/{courseId}/archive/jobs/{jobId}")
    String progress(@PathVariable long courseId, @PathVariable long jobId, Model model) {
        model.addAttribute("job", desk.job(courseId, jobId, CurrentUser.get()));
        return "report/archive :: job";
    }

    @GetMapping("/courses/{courseId}/archive/jobs/{jobId}/archive.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long courseId, @PathVariable long jobId) {
        return downloads.pdf(courseId, jobId);
    }

    @GetMapping("/courses/{courseId}/archive/jobs/{jobId}/archive.zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long courseId, @PathVariable long jobId) {
        return downloads.zip(courseId, jobId);
    }
}
