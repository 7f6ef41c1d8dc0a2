package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.organisation.importing.ImportFixtures.Tree;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures a job reports through its phases, as every node reads them: each change of its row is recorded by a
 * trigger the test puts on the job table, and turned into the bar's percentage as the page computes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressFiguresTests {

    private static final int ROWS = 24_000;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void recordEveryChangeOfAJob() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
        jdbc.sql("""
                create table if not exists test_import_progress (
                    seq bigserial primary key, job_id bigint, status text, total_rows int, checked_rows int,
                    written_rows int)
                """).update();
        jdbc.sql("""
                create or replace function test_record_import_progress() returns trigger language plpgsql as $$
                begin
                    insert into test_import_progress (job_id, status, total_rows, checked_rows, written_rows)
                    values (new.id, new.status, new.total_rows, new.checked_rows, new.written_rows);
                    return new;
                end $$
                """).update();
        jdbc.sql("""
                create or replace trigger test_record_import_progress after insert or update on import_job
                   for each row execute function test_record_import_progress()
                """).update();
    }

    @AfterEach
    void stopRecording() {
        jdbc.sql("drop trigger if exists test_record_import_progress on import_job")
                .update();
    }

    @Test
    void theBarMovesInSmallEvenStepsThroughCheckingAndWriting() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("工号", "姓名", "单位编码"));
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of(tree.prefix() + i, "干部" + i, i % 2 == 0 ? tree.left() : tree.right()));
        }

        ImportJob job = fixtures.run("cadre", "many.csv", ImportFiles.csv(rows), admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        List<ImportJob> seen = jdbc.sql("""
                        select status, total_rows, checked_rows, written_rows from test_import_progress
                         where job_id = ? order by seq
                        """)
                .param(job.id())
                .query((rs, n) -> state(
                        ImportStatus.valueOf(rs.getString("status")),
                        rs.getObject("total_rows", Integer.class),
                        rs.getInt("checked_rows"),
                        rs.getInt("written_rows")))
                .list();
        List<Integer> figures =
                seen.stream().map(ImportJob::percent).filter(p -> p != null).toList();
        List<Integer> checking = percentsIn(seen, ImportStatus.CHECKING);
        List<Integer> writing = percentsIn(seen, ImportStatus.WRITING);

        assertThat(figures).isSorted();
        assertThat(figures.getFirst()).isZero();
        assertThat(figures.getLast()).isEqualTo(100);
        assertThat(checking.stream().distinct().count()).isGreaterThanOrEqualTo(Progress.STEPS - 1);
        assertThat(writing.stream().filter(p -> p > 50 && p < 100).distinct().count())
                .isGreaterThanOrEqualTo(Progress.STEPS - 2);
        for (int i = 1; i < figures.size(); i++) {
            assertThat(figures.get(i) - figures.get(i - 1))
                    .as("step from %d %% in %s", figures.get(i - 1), figures)
                    .isLessThanOrEqualTo(5);
        }
    }

    private static List<Integer> percentsIn(List<ImportJob> seen, ImportStatus status) {
        return seen.stream()
                .filter(j -> j.status() == status && j.percent() != null)
                .map(ImportJob::percent)
                .toList();
    }

    private static ImportJob state(ImportStatus status, Integer total, int checked, int written) {
        return new ImportJob(
                0, ImportKind.CADRE, "", status, total, checked, written, 0, 0, 0, 0, null, "", 0, Instant.EPOCH, null);
    }
}
