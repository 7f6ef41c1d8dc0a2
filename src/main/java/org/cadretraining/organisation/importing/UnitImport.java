package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.util.List;
import org.cadretraining.organisation.OrganisationRights;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports a unit file: every row is checked first, then all are written in one transaction, or none. */
@Component
class UnitImport {

    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transaction;
    private final OrganisationRights rights;

    UnitImport(
            ImportJobs jobs,
            JdbcClient jdbc,
            JdbcTemplate batches,
            PlatformTransactionManager transactions,
            OrganisationRights rights) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
        this.rights = rights;
    }

    void run(Submission job, SheetReader reader, ProblemLog problems) throws IOException {
        if (!rights.mayChangeUnitTree(job.user())) {
            throw DomainException.forbidden();
        }
        KnownUnits units = KnownUnits.load(jdbc);
        Progress progress = new Progress(jobs, job.jobId());
        Header[] header = {null};
        UnitRowCheck[] check = {null};
        int[] checked = {0};
        reader.read(row -> {
            if (header[0] == null) {
                header[0] = Header.read(row, List.copyOf(ImportKind.UNIT.columns()), problems);
                check[0] = new UnitRowCheck(header[0], units, problems);
            } else if (header[0].complete()) {
                check[0].check(row);
                progress.checked(++checked[0], problems);
            }
        });
        List<StagedUnit> staged = check[0] == null ? List.of() : check[0].finish();
        problems.flush();
        if (!problems.isEmpty()) {
            jobs.rejected(job.jobId(), checked[0], problems.count());
            return;
        }
        jobs.writing(job.jobId(), checked[0]);
        UnitWriter writer = new UnitWriter(batches, header[0]);
        int touched = transaction.execute(status -> writer.write(staged, rows -> jobs.written(job.jobId(), rows)));
        int created =
                (int) staged.stream().filter(u -> !units.contains(u.code())).count();
        jobs.done(job.jobId(), created, touched - created, staged.size() - touched);
    }
}
