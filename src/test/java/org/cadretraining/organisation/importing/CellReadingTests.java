package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellReadingTests {

    @TempDir
    Path dir;

    @Test
    void headingsAreRecognisedInEitherLanguageHoweverTheyAreWritten() {
        assertThat(CadreColumn.STAFF_NUMBER.isNamed(Column.normalize("\uFEFF工号*")))
                .isTrue();
        assertThat(CadreColumn.STAFF_NUMBER.isNamed(Column.normalize(" Staff Number ")))
                .isTrue();
        assertThat(CadreColumn.POSITION_EN.isNamed(Column.normalize("职务（英文）"))).isTrue();
        assertThat(CadreColumn.POSITION_ZH.isNamed(Column.normalize("职务（英文）"))).isFalse();
        assertThat(CadreColumn.EMAIL.isNamed(Column.normalize("E-mail"))).isTrue();
        assertThat(UnitColumn.PARENT_CODE.isNamed(Column.normalize("Parent-Code")))
                .isTrue();
    }

    @Test
    void valuesAreUnderstoodInChineseAndEnglish() {
        assertThat(CellValues.gender("女")).contains(Gender.FEMALE);
        assertThat(CellValues.gender("Male")).contains(Gender.MALE);
        assertThat(CellValues.gender("未知")).isEmpty();
        assertThat(CellValues.yesOrNo("否")).contains(false);
        assertThat(CellValues.yesOrNo("YES")).contains(true);
        assertThat(CellValues.unitKind("校外机构")).contains(UnitKind.EXTERNAL_INSTITUTION);
        assertThat(CellValues.unitKind("party-committee")).contains(UnitKind.PARTY_COMMITTEE);
        assertThat(CellValues.unitKind("External Institution")).contains(UnitKind.EXTERNAL_INSTITUTION);
        assertThat(CellValues.isEmail("hu@sit.edu.cn")).isTrue();
        assertThat(CellValues.isEmail("hu@sit")).isFalse();
    }

    @Test
    void csvEncodingIsUtf8WhenMarkedOrValidAndGb18030Otherwise() throws Exception {
        List<List<String>> rows = List.of(List.of("姓名"), List.of("欧阳晓梅"));
        Path marked = write("marked.csv", ImportFiles.csv(StandardCharsets.UTF_8, true, rows));
        Path plain = write("plain.csv", ImportFiles.csv(StandardCharsets.UTF_8, false, rows));
        Path chinese = write("chinese.csv", ImportFiles.csv(CsvReader.GB18030, false, rows));

        assertThat(CsvReader.encoding(marked)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvReader.encoding(plain)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvReader.encoding(chinese)).isEqualTo(CsvReader.GB18030);
        for (Path file : List.of(marked, plain, chinese)) {
            assertThat(cells(file)).containsExactly("姓名", "欧阳晓梅");
        }
    }

    @Test
    void csvRowsAreNumberedAsExcelShowsThemAndBlankRowsAreSkipped() throws Exception {
        Path file = write("gaps.csv", "a,b\r\n1,2\r\n,\r\n\r\n3,\"x\r\ny\"\r\n".getBytes(StandardCharsets.UTF_8));
        List<Integer> numbers = new ArrayList<>();

        new CsvReader(file).read(row -> numbers.add(row.number()));

        assertThat(numbers).containsExactly(1, 2, 5);
    }

    @Test
    void numbersInWorkbookCellsComeOutAsTyped() throws Exception {
        Path file = dir.resolve("numbers.xlsx");
        try (var out = Files.newOutputStream(file)) {
            var workbook = new org.dhatim.fastexcel.Workbook(out, "tests", "1.0");
            var sheet = workbook.newWorksheet("s");
            sheet.value(0, 0, 13800138000L);
            sheet.value(0, 1, 10001.0);
            sheet.value(0, 2, 1.5);
            workbook.finish();
        }
        List<String> cells = new ArrayList<>();

        new XlsxReader(file).read(row -> cells.addAll(List.of(row.cells())));

        assertThat(cells).containsExactly("13800138000", "10001", "1.5");
    }

    @Test
    void dateFormattedNumbersReadAsTheDatesTheyShowAndOtherFormatsStayNumbers() throws Exception {
        byte[] workbook = TrickyCellsTests.workbook(sheet -> {
            sheet.value(0, 0, 45000);
            sheet.style(0, 0).format("yyyy-mm-dd").set();
            sheet.value(0, 1, 45000);
            sheet.style(0, 1).format("yyyy\"年\"m\"月\"d\"日\"").set();
            sheet.value(0, 2, 45000.5);
            sheet.style(0, 2).format("yyyy/mm/dd hh:mm").set();
            sheet.value(0, 3, 45000);
            sheet.style(0, 3).format("0.00E+00").set();
            sheet.value(0, 4, 45000);
            sheet.style(0, 4).format("\"No. \"0").set();
            sheet.formula(0, 5, "A1+1");
            sheet.value(0, 6, -5);
            sheet.style(0, 6).format("yyyy-mm-dd").set();
        });
        Path file = write("formats.xlsx", workbook);
        List<SheetRow> rows = new ArrayList<>();

        new XlsxReader(file).read(rows::add);

        assertThat(rows.getFirst().cells())
                .containsExactly("2023-03-15", "2023-03-15", "2023-03-15 12:00", "45000", "45000", "", "-5");
        assertThat(rows.getFirst().unreadable(5)).isEqualTo(ExcelCells.FORMULA_WITHOUT_VALUE);
        assertThat(rows.getFirst().unreadable(0)).isNull();
    }

    @Test
    void aColumnIsNamedAsExcelNamesIt() {
        assertThat(Header.columnLetters(0)).isEqualTo("A");
        assertThat(Header.columnLetters(25)).isEqualTo("Z");
        assertThat(Header.columnLetters(26)).isEqualTo("AA");
        assertThat(Header.columnLetters(701)).isEqualTo("ZZ");
    }

    @Test
    void workbooksThatInflateFarAreRefusedAndOrdinaryOnesPass() throws Exception {
        Path ordinary = write("ordinary.xlsx", ImportFiles.xlsx(List.of(List.of("工号", "姓名"))));
        Path bomb = write(
                "bomb.xlsx",
                TrickyCellsTests.withExtraPart(ImportFiles.xlsx(List.of(List.of("工号"))), "x.bin", 8 << 20));
        InflatedSize limit = new InflatedSize(4 << 20, 100);

        limit.check(ordinary);
        assertThatThrownBy(() -> limit.check(bomb)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE);
            assertThat(e.messageKey()).isEqualTo(InflatedSize.REFUSAL);
        });
    }

    /** A workbook whose container opens but whose sheet is gone or cut is the file's fault: never "unexpected". */
    @Test
    void aWorkbookWhoseSheetIsMissingOrCutIsUnreadable() throws Exception {
        byte[] workbook = ImportFiles.xlsx(List.of(List.of("工号", "姓名"), List.of("A1", "胡")));
        Path missing = write("missing.xlsx", withSheet(workbook, null));
        Path cut = write("cut.xlsx", withSheet(workbook, "<worksheet><sheetData><row r=\"1\"><c r".getBytes()));

        assertThatThrownBy(() -> new XlsxReader(missing).countRows()).isInstanceOf(UnreadableFileException.class);
        assertThatThrownBy(() -> new XlsxReader(cut).countRows()).isInstanceOf(UnreadableFileException.class);
    }

    /** The workbook with its first sheet's part replaced by {@code sheet}, or left out when {@code null}. */
    private byte[] withSheet(byte[] xlsx, byte[] sheet) throws Exception {
        Path original = write("original.xlsx", xlsx);
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipFile(original.toFile());
                var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry : java.util.Collections.list(in.entries())) {
                boolean isSheet = entry.getName().equals("xl/worksheets/sheet1.xml");
                if (isSheet && sheet == null) {
                    continue;
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                try (var part = in.getInputStream(entry)) {
                    zip.write(isSheet ? sheet : part.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private List<String> cells(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        new CsvReader(file).read(row -> cells.add(row.cell(0)));
        return cells;
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }
}
