package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
class CadreImportTests {

    private static final List<String> ZH_HEADER =
            List.of("工号", "姓名", "性别", "单位编码", "职务", "职务（英文）", "级别", "类别", "电话", "邮箱", "在职");
    private static final List<String> EN_HEADER = List.of(
            "staff_number",
            "name",
            "gender",
            "unit_code",
            "position_zh",
            "position_en",
            "rank",
            "category",
            "phone",
            "email",
            "active");

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportProblems problemStore;

    @Autowired
    ImportTexts texts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
    }

    private List<String> cadre(String staffNumber, String name, String unit, String position, String rank) {
        return List.of(
                staffNumber,
                name,
                "女",
                unit,
                position,
                "",
                rank,
                "党政管理干部",
                "13800138000",
                staffNumber.toLowerCase() + "@example.edu.cn",
                "是");
    }

    @Test
    void readsUtf8CsvWithByteOrderMark() throws Exception {
        byte[] file = ImportFiles.csv(
                StandardCharsets.UTF_8,
                true,
                List.of(ZH_HEADER, cadre(tree.prefix() + "1", "胡晓梅", tree.left(), "部长", "县处级")));

        ImportJob job = fixtures.run("cadre", "cadres.csv", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(nameOf(tree.prefix() + "1")).isEqualTo("胡晓梅");
    }

    @Test
    void readsUtf8CsvWithoutByteOrderMark() throws Exception {
        byte[] file = ImportFiles.csv(
                StandardCharsets.UTF_8,
                false,
                List.of(EN_HEADER, cadre(tree.prefix() + "1", "白静", tree.left(), "副部长", "SECTION")));

        ImportJob job = fixtures.run("cadre", "cadres.csv", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(nameOf(tree.prefix() + "1")).isEqualTo("白静");
    }

    @Test
    void readsCsvSavedByChineseExcelInGb18030() throws Exception {
        byte[] file = ImportFiles.csv(
                CsvReader.GB18030,
                false,
                List.of(ZH_HEADER, cadre(tree.prefix() + "1", "欧阳䶮", tree.left(), "处长", "县处级")));

        ImportJob job = fixtures.run("cadre", "干部.csv", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(nameOf(tree.prefix() + "1")).isEqualTo("欧阳䶮");
        assertThat(jdbc.sql("select position_zh from cadre where staff_number = ?")
                        .param(tree.prefix() + "1")
                        .query(String.class)
                        .single())
                .isEqualTo("处长");
    }

    @Test
    void readsXlsxWithEnglishHeadings() throws Exception {
        byte[] file = ImportFiles.xlsx(List.of(
                EN_HEADER,
                cadre(tree.prefix() + "1", "胡晓梅", tree.left(), "部长", "Township / section"),
                cadre(tree.prefix() + "2", "白静", tree.leftGrandchild(), "科员", "科员及以下")));

        ImportJob job = fixtures.run("cadre", "cadres.xlsx", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdCount()).isEqualTo(2);
        assertThat(jdbc.sql("select rank_code from cadre where staff_number = ?")
                        .param(tree.prefix() + "1")
                        .query(String.class)
                        .single())
                .isEqualTo("SECTION");
        assertThat(jdbc.sql("select gender from cadre where staff_number = ?")
                        .param(tree.prefix() + "2")
                        .query(String.class)
                        .single())
                .isEqualTo("FEMALE");
    }

    @Test
    void fileWithBadRowsWritesNothingAndReportsEveryBadRow() throws Exception {
        String p = tree.prefix();
        byte[] file = ImportFiles.xlsx(List.of(
                ZH_HEADER,
                cadre(p + "1", "胡晓梅", tree.left(), "部长", "县处级"),
                List.of(p + "2", "", "男", tree.left(), "", "", "", "", "", "", ""),
                List.of(p + "3", "张三", "未知", "NO-SUCH-UNIT", "", "", "大官", "", "", "not-an-email", "也许"),
                cadre(p + "1", "重复", tree.right(), "", ""),
                cadre(p + "5", "名字".repeat(60), tree.right(), "", "")));

        ImportJob job = fixtures.run("cadre", "bad.xlsx", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(fixtures.count("select count(*) from cadre where staff_number like ?", p + "%"))
                .isZero();
        List<ImportProblem> problems = problemStore.problems(job.id(), 0, 100);
        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, "name", "importing.problem.required"),
                        tuple(4, "unit_code", "importing.problem.unitUnknown"),
                        tuple(4, "gender", "importing.problem.gender"),
                        tuple(4, "rank", "importing.problem.rankUnknown"),
                        tuple(4, "email", "importing.problem.email"),
                        tuple(4, "active", "importing.problem.yesOrNo"),
                        tuple(5, "staff_number", "importing.problem.duplicate"),
                        tuple(6, "name", "importing.problem.tooLong"));
        assertThat(problems.get(6).arguments()).containsExactly(p + "1", "2");
        // "大官" (or the everyday 正处级) is not a rank: the reason names the ranks that are, in the reader's language
        assertThat(texts.describe(ImportKind.CADRE, problems.get(3), Locale.SIMPLIFIED_CHINESE)
                        .reason())
                .contains("大官", "县处级", "乡科级");
        assertThat(texts.describe(ImportKind.CADRE, problems.get(3), Locale.ENGLISH)
                        .reason())
                .contains("大官", "County / division");
        assertThat(job.errorCount()).isEqualTo(8);
    }

    @Test
    void reimportUpdatesInsteadOfDuplicatingAndRecordsHistoryOnlyOnChange() throws Exception {
        String number = tree.prefix() + "1";
        byte[] first = ImportFiles.csv(List.of(ZH_HEADER, cadre(number, "胡晓梅", tree.left(), "部长", "县处级")));
        fixtures.run("cadre", "first.csv", first, admin);
        long cadreId = cadreId(number);

        ImportJob again = fixtures.run("cadre", "first.csv", first, admin);

        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.unchangedCount()).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from cadre where staff_number = ?", number))
                .isEqualTo(1);
        assertThat(fixtures.count("select count(*) from cadre_assignment where cadre_id = ?", cadreId))
                .isEqualTo(1);
        assertThat(fixtures.count("select version from cadre where id = ?", cadreId))
                .isZero();

        byte[] phoneOnly = ImportFiles.csv(List.of(
                ZH_HEADER,
                List.of(
                        number,
                        "胡晓梅",
                        "女",
                        tree.left(),
                        "部长",
                        "",
                        "县处级",
                        "党政管理干部",
                        "13900000000",
                        number.toLowerCase() + "@example.edu.cn",
                        "是")));
        ImportJob newPhone = fixtures.run("cadre", "phone.csv", phoneOnly, admin);
        assertThat(newPhone.updatedCount()).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from cadre_assignment where cadre_id = ?", cadreId))
                .isEqualTo(1);

        byte[] moved = ImportFiles.csv(List.of(ZH_HEADER, cadre(number, "胡晓梅", tree.right(), "院长", "厅局级")));
        ImportJob move = fixtures.run("cadre", "moved.csv", moved, admin);

        assertThat(move.updatedCount()).isEqualTo(1);
        assertThat(cadreId(number)).isEqualTo(cadreId);
        List<String> history = jdbc.sql("""
                        select u.code || '|' || a.position_zh || '|' || a.rank_code || '|'
                               || coalesce(a.valid_to::text, 'open') || '|' || a.recorded_by
                          from cadre_assignment a join unit u on u.id = a.unit_id
                         where a.cadre_id = ? order by a.id
                        """).param(cadreId).query(String.class).list();
        String today = LocalDate.now(clock).toString();
        assertThat(history)
                .containsExactly(
                        tree.left() + "|部长|COUNTY|" + today + "|" + admin.username(),
                        tree.right() + "|院长|BUREAU|open|" + admin.username());
    }

    @Test
    void anEnglishNameColumnIsOptionalAndKeptWhenALaterFileLeavesItOut() throws Exception {
        String number = tree.prefix() + "1";
        fixtures.run(
                "cadre",
                "with-english.csv",
                ImportFiles.csv(List.of(
                        List.of("工号", "姓名", "英文姓名", "单位编码"), List.of(number, "胡晓梅", "Hu Xiaomei", tree.left()))),
                admin);
        fixtures.run(
                "cadre",
                "names.csv",
                ImportFiles.csv(List.of(List.of("工号", "姓名", "单位编码"), List.of(number, "胡晓梅", tree.left()))),
                admin);

        assertThat(jdbc.sql("select name_en from cadre where staff_number = ?")
                        .param(number)
                        .query(String.class)
                        .single())
                .isEqualTo("Hu Xiaomei");
    }

    @Test
    void columnsLeftOutOfTheFileKeepTheirValues() throws Exception {
        String number = tree.prefix() + "1";
        fixtures.run(
                "cadre",
                "full.csv",
                ImportFiles.csv(List.of(ZH_HEADER, cadre(number, "胡晓梅", tree.left(), "部长", "县处级"))),
                admin);

        ImportJob job = fixtures.run(
                "cadre",
                "names.csv",
                ImportFiles.csv(List.of(List.of("工号", "姓名", "单位编码"), List.of(number, "胡晓梅", tree.left()))),
                admin);

        assertThat(job.unchangedCount()).isEqualTo(1);
        assertThat(jdbc.sql("select position_zh || '|' || rank_code || '|' || phone from cadre where staff_number = ?")
                        .param(number)
                        .query(String.class)
                        .single())
                .isEqualTo("部长|COUNTY|13800138000");
    }

    @Test
    void liaisonCannotImportIntoUnitsOutsideTheirSubtree() throws Exception {
        CurrentUser liaison = TestPrincipal.liaison(fixtures.unitId(tree.left()));
        byte[] file = ImportFiles.csv(List.of(
                ZH_HEADER,
                cadre(tree.prefix() + "1", "胡晓梅", tree.leftGrandchild(), "科长", ""),
                cadre(tree.prefix() + "2", "白静", tree.right(), "科长", "")));

        ImportJob job = fixtures.run("cadre", "liaison.csv", file, liaison);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(3, "importing.problem.unitOutOfScope"));
        assertThat(fixtures.count("select count(*) from cadre where staff_number like ?", tree.prefix() + "%"))
                .isZero();
    }

    @Test
    void liaisonCannotTakeOverACadreOfAnotherSubtree() throws Exception {
        String number = tree.prefix() + "1";
        fixtures.run(
                "cadre",
                "right.csv",
                ImportFiles.csv(List.of(ZH_HEADER, cadre(number, "白静", tree.right(), "院长", ""))),
                admin);
        CurrentUser liaison = TestPrincipal.liaison(fixtures.unitId(tree.left()));

        ImportJob job = fixtures.run(
                "cadre",
                "takeover.csv",
                ImportFiles.csv(List.of(ZH_HEADER, cadre(number, "白静", tree.left(), "科长", ""))),
                liaison);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(2, "staff_number", "importing.problem.cadreOutOfScope"));
        assertThat(jdbc.sql("select u.code from cadre c join unit u on u.id = c.unit_id where c.staff_number = ?")
                        .param(number)
                        .query(String.class)
                        .single())
                .isEqualTo(tree.right());
    }

    @Test
    void liaisonMayImportCadresIntoTheirSubtreeButNoUnits() throws Exception {
        CurrentUser liaison = TestPrincipal.liaison(fixtures.unitId(tree.left()));

        ImportJob job = fixtures.run(
                "cadre",
                "ok.csv",
                ImportFiles.csv(List.of(ZH_HEADER, cadre(tree.prefix() + "1", "胡晓梅", tree.leftGrandchild(), "科长", ""))),
                liaison);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        byte[] units = ImportFiles.csv(List.of(List.of("code", "name_zh", "kind"), List.of("X", "X", "部门")));
        assertThatThrownBy(() -> fixtures.submit("unit", "units.csv", units, liaison))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void fileWithoutARequiredColumnIsRejectedAtItsHeader() throws Exception {
        ImportJob job = fixtures.run(
                "cadre",
                "nounit.csv",
                ImportFiles.csv(List.of(List.of("工号", "姓名"), List.of(tree.prefix() + "1", "胡晓梅"))),
                admin);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(1, "unit_code", "importing.problem.columnMissing"));
    }

    private String nameOf(String staffNumber) {
        return jdbc.sql("select name from cadre where staff_number = ?")
                .param(staffNumber)
                .query(String.class)
                .single();
    }

    private long cadreId(String staffNumber) {
        return jdbc.sql("select id from cadre where staff_number = ?")
                .param(staffNumber)
                .query(Long.class)
                .single();
    }
}
