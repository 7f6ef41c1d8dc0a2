package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.cadretraining.organisation.OrganisationRights;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a cadre file: one pass checks every row and stages the good ones; then, only if no row is wrong, one
 * transaction merges the staged rows into the register, a portion at a time so that the bar keeps moving.
 */
@Component
class CadreImport {

    private static final int FEWEST_ROWS_PER_STEP = 1_000;
    private static final int MOST_ROWS_PER_STEP = 10_000;

    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transaction;
    private final Ranks ranks;
    private final OrganisationRights rights;
    private final Clock clock;

    CadreImport(
            ImportJobs jobs,
            JdbcClient jdbc,
            JdbcTemplate batches,
            PlatformTransactionManager transactions,
            Ranks ranks,
            OrganisationRights rights,
            Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
        this.ranks = ranks;
        this.rights = rights;
        this.clock = clock;
    }

    void run(Submission job, SheetReader reader, int rows, ProblemLog problems) throws IOException {
        String subtree = rights.cadreSubtree(job.user()).orElseThrow(DomainException::forbidden);
        CadreStaging staging = new CadreStaging(batches, job.jobId());
        try {
            Pass pass = new Pass(job, subtree, staging, problems, rows);
            reader.read(pass);
            staging.flush();
            if (pass.header != null) {
                pass.header.reportUnheaded(problems);
            }
            if (pass.header != null && pass.header.complete() && !"/".equals(subtree)) {
                refuseCadresOutside(subtree, job.jobId(), problems);
            }
            problems.flush();
            if (!problems.isEmpty()) {
                jobs.rejected(job.jobId(), pass.checked, problems.count());
                return;
            }
            write(job, pass);
        } finally {
            staging.discard();
        }
    }

    /** A liaison may not take over, by staff number, a cadre who belongs to a unit outside their subtree. */
    private void refuseCadresOutside(String subtree, long jobId, ProblemLog problems) {
        jdbc.sql("""
                        select s.row_number, s.staff_number from import_cadre_row s
                          join cadre c on c.staff_number = s.staff_number
                          join unit u on u.id = c.unit_id
                         where s.job_id = ? and u.path not like ? order by s.row_number
                        """)
                .params(jobId, subtree + "%")
                .query((rs, n) -> {
                    problems.add(
                            rs.getInt("row_number"),
                            CadreColumn.STAFF_NUMBER,
                            "importing.problem.cadreOutOfScope",
                            rs.getString("staff_number"));
                    return null;
                })
                .list();
    }

    private void write(Submission job, Pass pass) {
        jobs.writing(job.jobId(), pass.checked);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        CadreMerge merge = new CadreMerge(jdbc, pass.header);
        int[] totals = {0, 0};
        int rowsPerStep = Progress.rowsPerWritingStep(pass.checked, FEWEST_ROWS_PER_STEP, MOST_ROWS_PER_STEP);
        transaction.executeWithoutResult(status -> {
            merge.planByIndexes();
            for (int from = Header.HEADER_ROW + 1; from <= pass.lastRow; from += rowsPerStep) {
                int to = from + rowsPerStep - 1;
                CadreMerge.Counts counts = merge.merge(
                        job.jobId(), from, to, today, now, job.user().username());
                totals[0] += counts.created();
                totals[1] += counts.updated();
                jobs.written(job.jobId(), Math.min(pass.checked, to - Header.HEADER_ROW));
            }
        });
        jobs.done(job.jobId(), totals[0], totals[1], pass.checked - totals[0] - totals[1]);
    }

    /** One reading of the file: the header, then every row checked and, when good, staged. */
    private final class Pass implements Consumer<SheetRow> {

        private final Submission job;
        private final String subtree;
        private final CadreStaging staging;
        private final ProblemLog problems;
        private final Progress progress;
        private final KnownUnits units;
        private final RankNames rankNames;
        private Header header;
        private CadreRowCheck check;
        private int checked;
        private int lastRow;

        Pass(Submission job, String subtree, CadreStaging staging, ProblemLog problems, int rows) {
            this.job = job;
            this.subtree = subtree;
            this.staging = staging;
            this.problems = problems;
            this.progress = new Progress(jobs, job.jobId(), rows);
            this.units = KnownUnits.load(jdbc);
            this.rankNames = new RankNames(ranks.all());
        }

        @Override
        public void accept(SheetRow row) {
            if (header == null) {
                header = Header.read(row, ImportKind.CADRE.columns(), problems);
                check = new CadreRowCheck(header, units, rankNames, subtree, problems);
                return;
            }
            if (!header.complete()) {
                return;
            }
            header.noteUnheaded(row);
            StagedCadre cadre = check.check(row);
            if (cadre != null) {
                staging.add(cadre);
            }
            checked++;
            lastRow = row.number();
            progress.checked(checked, problems);
        }
    }
}
