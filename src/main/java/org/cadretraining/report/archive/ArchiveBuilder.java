package org.cadretraining.report.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cadretraining.documents.PdfDocuments;
import org.cadretraining.report.archive.CourseArchive.FileRow;
import org.cadretraining.report.archive.CourseArchive.Reflection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds one job's download: reads the archive, prints it as a PDF, then writes the ZIP with the PDF and, beside it,
 * every material, every photo and each reflection report as a text file. Each of these is a step of the bar, and
 * each file is streamed from its row into the ZIP's parts. A failure leaves the job failed with nothing kept.
 */
@Component
class ArchiveBuilder {

    private static final Logger log = LoggerFactory.getLogger(ArchiveBuilder.class);

    private final CourseArchives archives;
    private final ArchiveRecords records;
    private final ArchiveJobs jobs;
    private final PdfDocuments pdfs;

    ArchiveBuilder(CourseArchives archives, ArchiveRecords records, ArchiveJobs jobs, PdfDocuments pdfs) {
        this.archives = archives;
        this.records = records;
        this.jobs = jobs;
        this.pdfs = pdfs;
    }

    void build(long jobId, long courseId, String language) {
        long started = System.nanoTime();
        try {
            CourseArchive archive = archives.readForJob(courseId);
            List<FileRow> files = archive.files();
            // reading, the PDF, each file, the reflection reports
            int total = 3 + files.size();
            jobs.running(jobId, total);
            Locale locale = Locale.forLanguageTag(language);
            byte[] pdf = pdfs.render("report/archive-pdf", locale, Map.of("archive", archive));
            try (PartOutputStream out = new PartOutputStream(jobs, jobId, "PDF")) {
                out.write(pdf, 0, pdf.length);
            }
            int done = 2;
            jobs.step(jobId, done, null);
            PartOutputStream zipParts = new PartOutputStream(jobs, jobId, "ZIP");
            try (ZipOutputStream zip = new ZipOutputStream(zipParts, StandardCharsets.UTF_8)) {
                put(zip, ZipNames.pdf(archive.course().id()), out -> out.write(pdf));
                for (int i = 0; i < files.size(); i++) {
                    FileRow file = files.get(i);
                    jobs.step(jobId, done, file.fileName());
                    put(zip, ZipNames.file(file, i + 1), out -> records.copyContent(file, out));
                    jobs.step(jobId, ++done, null);
                }
                for (Reflection reflection : archive.reflections()) {
                    put(zip, ZipNames.reflection(reflection), out -> out.write(ZipNames.text(reflection, locale)));
                }
            }
            if (jobs.done(jobId, courseId, pdf.length, zipParts.written())) {
                log.info(
                        "Archive of course {} built (job {}): {} files, {} bytes, {} ms",
                        courseId,
                        jobId,
                        files.size(),
                        zipParts.written(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Archive job {} of course {} failed", jobId, courseId, e);
            jobs.failed(jobId, "report.archive.failure.unexpected");
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void put(ZipOutputStream zip, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try {
            content.writeTo(zip);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.closeEntry();
    }
}
