package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cadretraining.organisation.importing.ImportFixtures.Tree;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class UnitImportTests {

    private static final List<String> HEADER = List.of("单位编码", "单位名称", "英文名称", "上级单位编码", "单位类型", "启用");

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportProblems problemStore;

    @Autowired
    JdbcClient jdbc;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser organiser = TestPrincipal.organiser();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
    }

    @Test
    void unitsMayHangUnderUnitsDefinedOnEarlierRows() throws Exception {
        String p = tree.prefix();
        byte[] file = ImportFiles.xlsx(List.of(
                HEADER,
                List.of(p + "A", "新学院", "New College", tree.root(), "学院", "是"),
                List.of(p + "A1", "办公室", "Office", p + "A", "部门", ""),
                List.of(p + "A11", "文书科", "Records", p + "A1", "other", "是")));

        ImportJob job = fixtures.run("unit", "units.xlsx", file, organiser);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdCount()).isEqualTo(3);
        assertThat(pathOf(p + "A11"))
                .isEqualTo(pathOf(tree.root()) + fixtures.unitId(p + "A") + "/" + fixtures.unitId(p + "A1") + "/"
                        + fixtures.unitId(p + "A11") + "/");
        assertThat(jdbc.sql("select kind from unit where code = ?")
                        .param(p + "A")
                        .query(String.class)
                        .single())
                .isEqualTo("SCHOOL");
    }

    @Test
    void aParentDefinedOnlyOnALaterRowOrCreatingACycleIsReportedAndNothingWritten() throws Exception {
        String p = tree.prefix();
        byte[] file = ImportFiles.csv(List.of(
                HEADER,
                List.of(p + "B1", "子", "", p + "B", "部门", ""),
                List.of(p + "B", "父", "", tree.root(), "部门", ""),
                List.of(tree.left(), "左", "", tree.leftGrandchild(), "部门", ""),
                List.of(p + "C", "", "", "", "学校以外", "")));

        ImportJob job = fixtures.run("unit", "units.csv", file, organiser);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "parent_code", "importing.problem.parentUnknown"),
                        tuple(4, "parent_code", "importing.problem.parentCycle"),
                        tuple(5, "name_zh", "importing.problem.required"),
                        tuple(5, "kind", "importing.problem.kindUnknown"));
        assertThat(fixtures.count("select count(*) from unit where code like ?", p + "B%"))
                .isZero();
    }

    @Test
    void reimportUpdatesUnitsAndMovesSubtrees() throws Exception {
        String p = tree.prefix();
        byte[] file = ImportFiles.csv(List.of(
                HEADER,
                List.of(tree.left(), "左（改名）", "Left", tree.right(), "部门", "是"),
                List.of(tree.right(), "右" + p, tree.right(), tree.root(), "学院", "是")));

        ImportJob job = fixtures.run("unit", "move.csv", file, organiser);
        ImportJob again = fixtures.run("unit", "move.csv", file, organiser);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.updatedCount()).isEqualTo(1);
        assertThat(job.unchangedCount()).isEqualTo(1);
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(pathOf(tree.leftGrandchild())).startsWith(pathOf(tree.right()));
        assertThat(fixtures.count("select count(*) from unit where code like ?", p + "%"))
                .isEqualTo(5);
    }

    @Test
    void onlyAdministratorsAndOrganisersImportUnits() {
        byte[] file = ImportFiles.csv(List.of(HEADER, List.of(tree.prefix() + "X", "X", "", "", "部门", "")));
        CurrentUser cadre = TestPrincipal.cadre();

        assertThatThrownBy(() -> fixtures.submit("unit", "units.csv", file, cadre))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    private String pathOf(String code) {
        return jdbc.sql("select path from unit where code = ?")
                .param(code)
                .query(String.class)
                .single();
    }
}
