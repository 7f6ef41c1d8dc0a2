package org.cadretraining.report.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The archive's download, built as a job whose state is in the database: its steps reach the end, the PDF read back
 * holds the roster and the attendance, the ZIP holds the PDF with the course's files beside it, and a job whose node
 * stopped renewing its lease is failed by any node with nothing kept.
 */
@AccountWebTest
class ArchiveJobTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Lecturers lecturers;

    @Autowired
    ArchiveJobs jobs;

    @Autowired
    ArchiveDesk desk;

    ArchiveWorld world;

    @BeforeEach
    void twoRealCourses() {
        world = new ArchiveWorld(directory, jdbc, lecturers);
    }

    @Test
    void theJobReachesItsLastStepAndThePdfHoldsTheRosterAndTheAttendance() throws Exception {
        ArchiveJob job = finished(world.branchCourse, Locale.SIMPLIFIED_CHINESE);
        assertThat(job.status()).isEqualTo("DONE");
        // reading, the PDF, two materials and a photo, the reflection reports
        assertThat(job.totalSteps()).isEqualTo(6);
        assertThat(job.doneSteps()).isEqualTo(job.totalSteps());
        assertThat(job.percent()).isEqualTo(100);

        byte[] pdf = download(job, "archive.pdf");
        keepForLooking(pdf, "course-archive-zh");
        String text = pdfText(pdf);
        assertThat(text)
                .contains("基层党支部书记专题培训班", "一班一档")
                .contains("刘自富", "陈广华", "李芳", "李霄", "刘吉杰")
                .contains("国家级样板党支部的创建与建设", "出勤", "迟到", "请假", "缺勤")
                .contains("无故缺课超过规定", "已退学", "答卷不足 5 份")
                .contains("通过五天学习");
        assertThat(mvc.get()
                        .uri("/courses/{c}/archive/jobs/{j}", world.branchCourse, job.id())
                        .with(as(TestPrincipal.organiser())))
                .hasStatusOk()
                .bodyText()
                .contains("aria-valuenow=\"100\"", "archive.zip")
                .doesNotContain("hx-trigger");
    }

    @Test
    void theZipHoldsThePdfAndTheCoursesFilesBesideIt() throws Exception {
        ArchiveJob job = finished(world.branchCourse, Locale.ENGLISH);
        byte[] zip = download(job, "archive.zip");
        assertThat(zip).hasSize(job.zipBytes().intValue());
        List<String> names = new ArrayList<>();
        byte[] pdfInZip = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".pdf") && !entry.getName().contains("/")) {
                    pdfInZip = content;
                }
            }
        }
        assertThat(names)
                .containsExactly(
                        "course-" + world.branchCourse + "-archive.pdf",
                        "materials/001-programme.txt",
                        "materials/002-讲义.pdf",
                        "photos/003-opening.jpg",
                        "reflections/刘自富-" + world.branchTrainees.get(0) + ".txt",
                        "reflections/李芳-" + world.branchTrainees.get(2) + ".txt");
        keepForLooking(pdfInZip, "course-archive-en");
        assertThat(pdfText(pdfInZip)).contains("Course archive", "Liu Zifu", "Present", "Absent");
    }

    @Test
    void aFileLargerThanAPartIsStreamedThroughSeveralPartsAndComesOutWhole() throws Exception {
        byte[] large = new byte[PartOutputStream.PART_SIZE * 5 / 2];
        new java.util.Random(15).nextBytes(large);
        long material = jdbc.sql("""
                        insert into course_material (course_id, title, file_name, content_type, size_bytes,
                                                     uploaded_by, uploaded_at)
                        values (?, '开班典礼录像', 'ceremony.bin', 'application/octet-stream', ?, 'organiser', now())
                        returning id
                        """)
                .params(world.xinjiangCourse, large.length)
                .query(Long.class)
                .single();
        jdbc.sql("insert into course_material_content (material_id, content) values (?, ?)")
                .params(material, large)
                .update();
        ArchiveJob job = finished(world.xinjiangCourse, Locale.SIMPLIFIED_CHINESE);
        assertThat(jdbc.sql("select count(*) from report_archive_part where job_id = ? and file = 'ZIP'")
                        .param(job.id())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3L);
        byte[] zip = download(job, "archive.zip");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            in.readAllBytes();
            assertThat(in.getNextEntry().getName()).isEqualTo("materials/001-ceremony.bin");
            assertThat(in.readAllBytes()).isEqualTo(large);
        }
    }

    @Test
    void aJobWhoseNodeStoppedRenewingItsLeaseIsFailedByAnyNodeWithNothingKept() {
        long id = jobs.create(world.xinjiangCourse, "zh", TestPrincipal.organiser(), Duration.ZERO);
        jobs.running(id, 4);
        jobs.writePart(id, "ZIP", 0, new byte[] {1, 2, 3}, 3);
        desk.keepAndSweep();
        ArchiveJob job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.failure()).isEqualTo("report.archive.failure.abandoned");
        assertThat(jdbc.sql("select count(*) from report_archive_part where job_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jobs.done(id, world.xinjiangCourse, 1, 1)).isFalse();
        assertThat(mvc.get()
                        .uri("/courses/{c}/archive/jobs/{j}/archive.zip", world.xinjiangCourse, id)
                        .with(as(TestPrincipal.organiser())))
                .hasStatus(409);
    }

    @Test
    void aDownloadIsRefusedToATraineeAndAJobOfAnotherCourseIsNotFound() throws Exception {
        ArchiveJob job = finished(world.xinjiangCourse, Locale.SIMPLIFIED_CHINESE);
        assertThat(mvc.get()
                        .uri("/courses/{c}/archive/jobs/{j}/archive.pdf", world.xinjiangCourse, job.id())
                        .with(as(world.trainee())))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/courses/{c}/archive/jobs/{j}/archive.pdf", world.branchCourse, job.id())
                        .with(as(TestPrincipal.organiser())))
                .hasStatus(404);
    }

    private ArchiveJob finished(long course, Locale locale) throws Exception {
        MvcTestResult started = mvc.post()
                .uri("/api/v1/courses/{id}/archive/jobs", course)
                .param("lang", locale.getLanguage())
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .exchange();
        assertThat(started).hasStatus(202);
        Number id = com.jayway.jsonpath.JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ArchiveJob job = jobs.find(id.longValue()).orElseThrow();
        while (!job.finished() && System.nanoTime() < deadline) {
            sleep();
            job = jobs.find(id.longValue()).orElseThrow();
        }
        assertThat(job.status()).isEqualTo("DONE");
        return job;
    }

    private byte[] download(ArchiveJob job, String file) {
        MvcTestResult result = mvc.get()
                .uri("/courses/{c}/archive/jobs/{j}/" + file, job.courseId(), job.id())
                .with(as(TestPrincipal.organiser()))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The PDF and its first two pages as pictures, in target/screenshots, for a person to look at. */
    private static void keepForLooking(byte[] pdf, String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(
                        renderer.renderImageWithDPI(page, 100),
                        "png",
                        folder.resolve(name + "-page" + (page + 1) + ".png").toFile());
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
