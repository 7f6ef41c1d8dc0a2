package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import whose node died (its lease runs out because nobody renews it) is failed within a minute by any node,
 * shows nothing written, and its uploaded file, personal data, does not stay behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportLeaseTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportLeases leases;

    @Autowired
    JdbcClient jdbc;

    CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void aJobOfADeadNodeIsFailedWithinAMinuteShowsNothingWrittenAndItsUploadIsDeleted() throws Exception {
        Path upload = leases.newUpload(".csv");
        Files.writeString(upload, "工号,姓名\n");
        // a node took the job, wrote part of it in its transaction, and was killed: nobody renews the lease
        long id = jobs.create(ImportKind.CADRE, "killed.csv", upload, organiser, Duration.ofSeconds(1));
        jobs.writing(id, 100_000);
        jobs.written(id, 10_000);

        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!jobs.find(id).orElseThrow().finished() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        ImportJob job = jobs.find(id).orElseThrow();
        assertThat(job.status())
                .as("failed by the leases' own rounds, within a minute")
                .isEqualTo(ImportStatus.FAILED);
        assertThat(job.failure()).isEqualTo("importing.failure.abandoned");
        assertThat(job.writtenRows()).as("the killed transaction wrote nothing").isZero();
        assertThat(job.finishedAt()).isNotNull();
        assertThat(upload).doesNotExist();
    }

    @Test
    void aJobThatRunsKeepsItsLeaseAndIsNotTakenForDead() {
        long id =
                jobs.create(ImportKind.CADRE, "running.csv", Path.of("running.csv"), organiser, Duration.ofSeconds(1));
        jobs.checking(id);
        leases.hold(id);
        try {
            leases.keepAndSweep();
            assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportStatus.CHECKING);
            assertThat(leaseSecondsLeft(id)).as("renewed for the whole lease").isGreaterThan(20);
        } finally {
            leases.release(id);
        }
        jdbc.sql("update import_job set lease_until = now() - interval '1 second' where id = ?")
                .param(id)
                .update();
        leases.keepAndSweep();
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
    }

    @Test
    void aJobThatFailsShowsNothingWritten() {
        long id = jobs.create(ImportKind.CADRE, "broken.csv", Path.of("broken.csv"), organiser, Duration.ofHours(1));
        jobs.writing(id, 50_000);
        jobs.written(id, 10_000);

        jobs.failed(id, "importing.failure.unexpected");

        assertThat(jobs.find(id).orElseThrow().writtenRows()).isZero();
    }

    @Test
    void aStartDeletesUploadsLeftByJobsThatEndedAndKeepsThoseOfRunningJobs() throws Exception {
        Path ended = leases.newUpload(".xlsx");
        Path running = leases.newUpload(".xlsx");
        Path justUploaded = leases.newUpload(".xlsx");
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(ended, anHourAgo);
        Files.setLastModifiedTime(running, anHourAgo);
        long runningId = jobs.create(ImportKind.UNIT, "running.xlsx", running, organiser, Duration.ofHours(1));
        long endedId = jobs.create(ImportKind.UNIT, "ended.xlsx", ended, organiser, Duration.ofHours(1));
        jobs.failed(endedId, "importing.failure.unexpected");

        leases.deleteLeftOverUploads();

        assertThat(ended).doesNotExist();
        assertThat(running).exists();
        assertThat(justUploaded).as("its job may be being created right now").exists();
        jobs.failed(runningId, "importing.failure.unexpected");
        Files.deleteIfExists(running);
        Files.deleteIfExists(justUploaded);
    }

    private int leaseSecondsLeft(long id) {
        return jdbc.sql("select extract(epoch from lease_until - now())::int from import_job where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
