package org.cadretraining.organisation.importing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cadretraining.organisation.OrganisationRights;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Where pages and the API hand in files: it checks who may import what, refuses files of the wrong kind or size,
 * keeps the upload in a temporary file and starts the job in the background on this node.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
class ImportDesk {

    static final int PROBLEMS_PER_PAGE = 100;
    private static final int RECENT_JOBS = 20;
    private static final int HEAD_BYTES = 8192;

    private final ImportJobs jobs;
    private final ImportProblems problemStore;
    private final ImportRunner runner;
    private final OrganisationRights rights;
    private final ImportSettings settings;
    private final ImportLeases leases;
    private final ExecutorService executor;

    ImportDesk(
            ImportJobs jobs,
            ImportProblems problemStore,
            ImportRunner runner,
            OrganisationRights rights,
            ImportSettings settings,
            ImportLeases leases) {
        this.jobs = jobs;
        this.problemStore = problemStore;
        this.leases = leases;
        this.runner = runner;
        this.rights = rights;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(
                Math.max(1, settings.parallelJobs()),
                Thread.ofPlatform().name("import-", 1).daemon(true).factory());
    }

    /** Administrators and organisers import both kinds; a unit liaison imports cadres into their subtree. */
    List<ImportKind> kindsFor(CurrentUser user) {
        List<ImportKind> kinds = new ArrayList<>();
        if (rights.mayChangeUnitTree(user)) {
            kinds.add(ImportKind.UNIT);
        }
        if (rights.cadreSubtree(user).isPresent()) {
            kinds.add(ImportKind.CADRE);
        }
        return kinds;
    }

    void requireImporter(CurrentUser user) {
        if (kindsFor(user).isEmpty()) {
            throw DomainException.forbidden();
        }
    }

    long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    ImportJob submit(String kindName, String fileName, long size, InputStreamSource content, CurrentUser user)
            throws IOException {
        requireImporter(user);
        ImportKind kind = ImportKind.fromSlug(kindName)
                .orElseThrow(() -> DomainException.invalid("kind", "importing.kind.required"));
        if (!kindsFor(user).contains(kind)) {
            throw DomainException.forbidden();
        }
        if (size <= 0) {
            throw DomainException.invalid("file", "importing.file.empty");
        }
        if (size > maxFileBytes()) {
            throw DomainException.invalid(
                    "file", "importing.file.tooLarge", settings.maxFileSize().toMegabytes());
        }
        FileType type;
        try (InputStream in = content.getInputStream()) {
            type = FileType.of(fileName, in.readNBytes(HEAD_BYTES));
        }
        Path file = leases.newUpload(type.extension());
        try {
            try (InputStream in = content.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (type == FileType.XLSX) {
                settings.inflatedSize().check(file);
            }
            long id = jobs.create(kind, shortName(fileName), file, user, leases.lease());
            leases.hold(id);
            executor.execute(() -> {
                try {
                    runner.run(new Submission(id, kind, type, file, user));
                } finally {
                    leases.release(id);
                }
            });
            return jobs.find(id).orElseThrow();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** A job, to the person who started it and to those who act for the whole institution. */
    ImportJob job(long id, CurrentUser user) {
        requireImporter(user);
        ImportJob job = jobs.find(id).orElseThrow(() -> DomainException.notFound("importing.job.notFound"));
        if (!user.actsForInstitution() && job.requesterId() != user.accountId()) {
            throw DomainException.forbidden();
        }
        return job;
    }

    List<ImportJob> recent(CurrentUser user) {
        requireImporter(user);
        return jobs.recent(user.actsForInstitution() ? null : user.accountId(), RECENT_JOBS);
    }

    List<ImportProblem> problems(ImportJob job, int page) {
        return problemStore.problems(job.id(), Math.max(0, page), PROBLEMS_PER_PAGE);
    }

    void eachProblem(ImportJob job, Consumer<ImportProblem> action) {
        problemStore.eachProblem(job.id(), action);
    }

    /**
     * A running import is interrupted: it is marked failed (nothing is written) and its file deleted by the runner;
     * one that does not end within 10 s is left to the lease, so that SIGTERM still ends the application in time.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Browsers may send a whole path; only the name itself is kept. */
    private static String shortName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
