package org.cadretraining.credit.online;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cadretraining.organisation.importing.SheetFiles;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Where pages and the API hand in an academy's file and give the word to write it. Only the organisation department
 * (organisers, administrators) imports online records. The check and the write run in the background on the node
 * that was asked; their state is in the database, so any node shows it.
 */
@Service
class OnlineImports {

    private static final Logger log = LoggerFactory.getLogger(OnlineImports.class);

    private final OnlineAcademies academies;
    private final OnlineImportJobs jobs;
    private final OnlineImportCheck check;
    private final OnlineImportWrite write;
    private final SheetFiles files;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("online-import").daemon(true).factory());

    OnlineImports(
            OnlineAcademies academies,
            OnlineImportJobs jobs,
            OnlineImportCheck check,
            OnlineImportWrite write,
            SheetFiles files) {
        this.academies = academies;
        this.jobs = jobs;
        this.check = check;
        this.write = write;
        this.files = files;
    }

    static void requireImporter(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }

    /** Keeps the file, starts its check and returns the job at once. */
    OnlineImportJob submit(long academyId, String fileName, InputStreamSource content, CurrentUser user)
            throws IOException {
        requireImporter(user);
        OnlineAcademy academy = academies.get(academyId);
        if (fileName == null || fileName.isBlank()) {
            throw DomainException.invalid("file", "credit.online.import.fileRequired");
        }
        Path file = Files.createTempFile("online-import-", ".upload");
        try (InputStream in = content.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            files.checkType(fileName, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String name = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        long jobId = jobs.create(academy.id(), name, user.username());
        executor.execute(() -> runCheck(jobId, academy, name, file));
        return job(jobId, user);
    }

    /** Starts writing a checked job; refused when it is not waiting for that. */
    OnlineImportJob write(long jobId, CurrentUser user) {
        requireImporter(user);
        OnlineImportJob job = job(jobId, user);
        if (!jobs.startWriting(jobId)) {
            throw DomainException.conflict(null, "credit.online.import.notWritable");
        }
        OnlineAcademy academy = academies.get(job.academyId());
        executor.execute(() -> runWrite(jobId, academy, user.username()));
        return job(jobId, user);
    }

    OnlineImportJob job(long jobId, CurrentUser user) {
        requireImporter(user);
        return jobs.find(jobId).orElseThrow(() -> DomainException.notFound("credit.online.import.notFound"));
    }

    List<OnlineImportJob> recent(CurrentUser user) {
        requireImporter(user);
        return jobs.recent(20);
    }

    private void runCheck(long jobId, OnlineAcademy academy, String fileName, Path file) {
        try {
            check.run(jobId, academy, fileName, file);
        } catch (DomainException e) {
            log.info("Online import {} refused its file: {}", jobId, e.messageKey());
            jobs.failed(jobId, e.messageKey());
        } catch (IOException | RuntimeException e) {
            log.error("Online import {} failed while checking", jobId, e);
            jobs.failed(jobId, "credit.online.import.failedUnexpectedly");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Online import {} could not delete {}", jobId, file, e);
            }
        }
    }

    private void runWrite(long jobId, OnlineAcademy academy, String by) {
        long started = System.nanoTime();
        try {
            int fresh = write.run(jobId, academy, by);
            jobs.done(jobId, fresh);
            log.info(
                    "Online import {} wrote {} new records in {} ms",
                    jobId,
                    fresh,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Online import {} failed while writing", jobId, e);
            jobs.failed(jobId, "credit.online.import.failedUnexpectedly");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
