package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
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

    void run(Submission job, SheetReader reader, int totalRows, ProblemLog problems) throws IOException {
        if (!rights.mayChangeUnitTree(job.user())) {
            throw DomainException.forbidden();
        }
        KnownUnits units = KnownUnits.load(jdbc);
        Pass pass = new Pass(units, problems, new Progress(jobs, job.jobId(), totalRows));
        reader.read(pass);
        List<StagedUnit> staged = pass.check == null ? List.of() : pass.check.finish();
        if (pass.header != null) {
            pass.header.reportUnheaded(problems);
        }
        problems.flush();
        if (!problems.isEmpty()) {
            jobs.rejected(job.jobId(), pass.checked, problems.count());
            return;
        }
        jobs.writing(job.jobId(), pass.checked);
        UnitWriter writer = new UnitWriter(batches, pass.header);
        int touched = transaction.execute(status -> writer.write(staged, rows -> jobs.written(job.jobId(), rows)));
        int created =
                (int) staged.stream().filter(u -> !units.contains(u.code())).count();
        jobs.done(job.jobId(), created, touched - created, staged.size() - touched);
    }

    /** One reading of the file: the header, then every row checked. */
    private static final class Pass implements Consumer<SheetRow> {

        private final KnownUnits units;
        private final ProblemLog problems;
        private final Progress progress;
        private Header header;
        private UnitRowCheck check;
        private int checked;

        Pass(KnownUnits units, ProblemLog problems, Progress progress) {
            this.units = units;
            this.problems = problems;
            this.progress = progress;
        }

        @Override
        public void accept(SheetRow row) {
            if (header == null) {
                header = Header.read(row, ImportKind.UNIT.columns(), problems);
                check = new UnitRowCheck(header, units, problems);
            } else if (header.complete()) {
                header.noteUnheaded(row);
                check.check(row);
                progress.checked(++checked, problems);
            }
        }
    }
}
