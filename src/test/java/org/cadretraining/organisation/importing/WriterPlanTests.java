package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writer's plans under the statistics a long import meets (issue 16): an ANALYZE by autovacuum while the
 * import's transaction fills the register records it as empty, and the staged rows as thousands per portion.
 * Every portion must still reach the register through its indexes, never by reading it whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WriterPlanTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate batches;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void withTheRegisterRecordedAsEmptyEveryPortionStillGoesThroughTheIndexes() {
        List<String> plans = plansUnderStaleStatistics();

        assertThat(plans).allSatisfy(plan -> assertThat(plan)
                .doesNotContain("Seq Scan")
                .doesNotContain("Hash Join")
                .doesNotContain("Merge Join"));
    }

    // No test here shows the planner reading the register whole without planByIndexes: whether it does depends on
    // the register's size on disk, which the other tests of the suite grow (a small register is read whole, a large
    // one through its index), so such a test passed alone and failed in the whole suite.
    private List<String> plansUnderStaleStatistics() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<String> plans = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    update pg_class set reltuples = 0
                     where relname in ('cadre', 'cadre_assignment') and relkind = 'r'
                    """).update();
            CadreMerge merge = new CadreMerge(jdbc, header());
            merge.planByIndexes();
            for (String statement : merge.statements()) {
                plans.add(String.join(
                        "\n",
                        jdbc.sql("explain " + statement)
                                .param("today", LocalDate.of(2026, 12, 1))
                                .param("now", Timestamp.from(Instant.EPOCH))
                                .param("by", "test")
                                .param("job", 1L)
                                .param("from", 2)
                                .param("to", 5001)
                                .query(String.class)
                                .list()));
            }
            status.setRollbackOnly();
        });
        return plans;
    }

    private Header header() {
        ProblemLog problems = new ProblemLog(batches, 0);
        return Header.read(
                new SheetRow(1, new String[] {"工号", "姓名", "单位编码", "职务", "级别"}), ImportKind.CADRE.columns(), problems);
    }
}
