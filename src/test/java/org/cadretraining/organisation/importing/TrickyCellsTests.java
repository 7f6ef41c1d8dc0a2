package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cadretraining.organisation.StaffNumber;
import org.cadretraining.organisation.importing.ImportFixtures.Tree;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Files as people really send them: dates, formulas, merged headings, pasted invisible characters, zip bombs. */
@SpringBootTest
@AutoConfigureMockMvc
class TrickyCellsTests {

    private static final List<String> HEADER = List.of("工号", "姓名", "单位编码", "备注");

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportProblems problemStore;

    @Autowired
    MockMvc mvc;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
    }

    @Test
    void aDateCellIsStoredAsTheDateItShows() throws Exception {
        byte[] file = workbook(sheet -> {
            header(sheet, HEADER);
            row(sheet, 1, tree.prefix() + "1", "胡晓梅", tree.left());
            sheet.value(1, 3, 45000);
            sheet.style(1, 3).format("yyyy-mm-dd").set();
        });

        ImportJob job = fixtures.run("cadre", "dates.xlsx", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(note(tree.prefix() + "1")).isEqualTo("2023-03-15");
    }

    @Test
    void aFormulaWithoutAValueIsReportedAsSuchNotAsAMissingValue() throws Exception {
        byte[] file = workbook(sheet -> {
            header(sheet, HEADER);
            sheet.value(1, 0, tree.prefix() + "1");
            sheet.formula(1, 1, "CONCATENATE(\"胡\",\"晓梅\")");
            sheet.value(1, 2, tree.left());
        });

        ImportJob job = fixtures.run("cadre", "formula.xlsx", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(2, "name", ExcelCells.FORMULA_WITHOUT_VALUE));
    }

    @Test
    void invisibleCharactersAreReportedPerRowAndNothingIsWritten() throws Exception {
        byte[] file = ImportFiles.xlsx(List.of(
                HEADER,
                List.of(tree.prefix() + "1", "胡\u200B晓梅", tree.left()),
                List.of(tree.prefix() + "2", "白静", tree.left() + "\u00A0"),
                List.of(tree.prefix() + "3\uFEFF", "李明", tree.left()),
                List.of(tree.prefix() + "4", "王芳", tree.left(), "第一行\n第二行")));

        ImportJob job = fixtures.run("cadre", "pasted.xlsx", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey, p -> p.arguments())
                .containsExactly(
                        tuple(2, "name", CheckedCells.INVISIBLE, List.of("U+200B")),
                        tuple(3, "unit_code", CheckedCells.INVISIBLE, List.of("U+00A0")),
                        tuple(4, "staff_number", CheckedCells.INVISIBLE, List.of("U+FEFF")));
        assertThat(fixtures.count("select count(*) from cadre where staff_number like ?", tree.prefix() + "%"))
                .isZero();
    }

    @Test
    void aHeadingMergedOverAnOptionalColumnIsReportedNotDropped() throws Exception {
        byte[] file = workbook(sheet -> {
            header(sheet, List.of("工号", "姓名", "单位编码", "职务"));
            sheet.range(0, 3, 0, 4).merge();
            row(sheet, 1, tree.prefix() + "1", "胡晓梅", tree.left(), "部长", "Director");
        });

        ImportJob job = fixtures.run("cadre", "merged.xlsx", file, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::messageKey, p -> p.arguments())
                .containsExactly(tuple(1, "importing.problem.columnWithoutHeading", List.of("E", "2")));
    }

    @Test
    void staffNumbersAreTakenAsTheFormTakesThem() throws Exception {
        String wide = fullWidth(tree.prefix());
        byte[] file = ImportFiles.csv(List.of(
                HEADER,
                List.of(wide + " 061", "胡晓梅", tree.left()),
                List.of(tree.prefix() + "/062", "白静", tree.left())));

        ImportJob refused = fixtures.run("cadre", "numbers.csv", file, admin);

        assertThat(problemStore.problems(refused.id(), 0, 10))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, "staff_number", StaffNumber.PATTERN_MESSAGE_KEY));

        ImportJob done = fixtures.run(
                "cadre",
                "numbers.csv",
                ImportFiles.csv(List.of(HEADER, List.of(wide + " 061", "胡晓梅", tree.left()))),
                admin);

        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(fixtures.count("select count(*) from cadre where staff_number = ?", tree.prefix() + "061"))
                .isOne();
    }

    @Test
    void aWorkbookThatInflatesFarBeyondItsSizeIsRefusedWithASentence() throws Exception {
        byte[] bomb = withExtraPart(ImportFiles.xlsx(List.of(HEADER)), "xl/media/padding.bin", 110 * 1024 * 1024);

        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "bomb.xlsx", null, bomb))
                        .param("kind", "cadre")
                        .with(as(admin)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(Matchers.containsString("这个工作簿解压后太大（超过 300 MB")));
        assertThat(fixtures.count("select count(*) from import_job where file_name = 'bomb.xlsx'"))
                .isZero();
    }

    private String note(String staffNumber) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select note from cadre where staff_number = ?")
                .param(staffNumber)
                .query(String.class)
                .single();
    }

    /** The same text as a Chinese input method in full-width mode gives it. */
    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            wide.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return wide.toString();
    }

    static byte[] workbook(Consumer<Worksheet> fill) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "tests", "1.0");
            fill.accept(workbook.newWorksheet("Sheet1"));
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, List<String> headings) {
        row(sheet, 0, headings.toArray(String[]::new));
    }

    private static void row(Worksheet sheet, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            sheet.value(r, c, values[c]);
        }
    }

    /** The workbook with one more part of zeros, which deflate to almost nothing. */
    static byte[] withExtraPart(byte[] xlsx, String name, int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("workbook", ".xlsx");
        java.nio.file.Files.write(copy, xlsx);
        try (ZipFile in = new ZipFile(copy.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (var part = in.getInputStream(entry)) {
                    part.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1024 * 1024];
            for (int written = 0; written < zeros; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        } finally {
            java.nio.file.Files.delete(copy);
        }
        return out.toByteArray();
    }
}
