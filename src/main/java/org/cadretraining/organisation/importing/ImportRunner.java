package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.nio.file.Files;
import org.cadretraining.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one job from its temporary file to its end: counts the rows (for the bar), refuses a file with none or too
 * many, hands it to the import of its kind, and records a failure if one occurs. The file is deleted in any case.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportProblems problemStore;
    private final CadreImport cadres;
    private final UnitImport units;
    private final ImportSettings settings;

    ImportRunner(
            ImportJobs jobs,
            ImportProblems problemStore,
            CadreImport cadres,
            UnitImport units,
            ImportSettings settings) {
        this.jobs = jobs;
        this.problemStore = problemStore;
        this.cadres = cadres;
        this.units = units;
        this.settings = settings;
    }

    void run(Submission job) {
        long started = System.nanoTime();
        log.info(
                "Import {} ({}) started by account {}",
                job.jobId(),
                job.kind(),
                job.user().accountId());
        try {
            jobs.checking(job.jobId());
            SheetReader reader = SheetReader.of(job.type(), job.file());
            int rows = Math.max(0, reader.countRows() - 1);
            jobs.counted(job.jobId(), rows);
            ProblemLog problems = problemStore.problemLog(job.jobId());
            if (rows == 0 || rows > settings.maxRows()) {
                problems.add(
                        Header.HEADER_ROW,
                        "",
                        rows == 0 ? "importing.problem.noRows" : "importing.problem.tooManyRows",
                        "" + settings.maxRows());
                problems.flush();
                jobs.rejected(job.jobId(), 0, problems.count());
                return;
            }
            switch (job.kind()) {
                case CADRE -> cadres.run(job, reader, rows, problems);
                case UNIT -> units.run(job, reader, rows, problems);
            }
        } catch (UnreadableFileException e) {
            log.info(
                    "Import {} could not read its file: {}",
                    job.jobId(),
                    e.getCause().toString());
            jobs.failed(job.jobId(), "importing.failure.unreadable");
        } catch (DomainException e) {
            jobs.failed(job.jobId(), e.messageKey());
        } catch (IOException | RuntimeException e) {
            log.error("Import {} failed", job.jobId(), e);
            jobs.failed(job.jobId(), "importing.failure.unexpected");
        } finally {
            delete(job);
            log.info("Import {} ended after {} ms", job.jobId(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void delete(Submission job) {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            log.warn("Import {} could not delete its temporary file {}", job.jobId(), job.file(), e);
        }
    }
}
