package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** What the import page says about the cells of issue 16, in Chinese and English, and about a zip bomb. */
class ImportProblemsJourneyTests extends BrowserTest {

    @Autowired
    OrganisationDirectory directory;

    @Test
    void theProblemsOfARealWorldFileAreNamedForWhatTheyAre(@TempDir Path dir) throws IOException {
        directory.registerUnit(new UnitDetails(
                "T-ORG", new LocalizedText("党委组织部", "Organization Department"), UnitKind.DEPARTMENT, null, true));
        signInAsAdministratorForTheFirstTime();

        page.navigate("/imports");
        upload(tricky(dir.resolve("干部.xlsx")));
        assertThat(page).hasURL(Pattern.compile("/imports/\\d+$"));
        assertThat(page.locator("#import-problems tbody tr")).hasCount(4);
        assertThat(page.locator("#import-problems")).containsText("没有计算结果的公式");
        assertThat(page.locator("#import-problems")).containsText("U+200B");
        assertThat(page.locator("#import-problems")).containsText("工号只能包含字母、数字、下划线和连字符。");
        assertThat(page.locator("#import-problems")).containsText("F 列没有标题");
        screenshot("import-problems-zh");

        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#import-problems")).containsText("a formula without a value");
        assertThat(page.locator("#import-problems")).containsText("Column F has no heading");
        screenshot("import-problems-en");

        page.navigate("/imports?lang=zh");
        upload(bomb(dir.resolve("bomb.xlsx")));
        assertThat(page.locator("body")).containsText("这个工作簿解压后太大");
        screenshot("import-inflated-zh");
    }

    private void upload(Path file) {
        page.locator("#kind-cadre").check();
        page.locator("input[type=file][name=file]").setInputFiles(file);
        page.locator("form:has(input[name=file]) [type=submit]").click();
    }

    /** A date, a formula never calculated, a pasted zero-width space, a slash in a staff number, a merged heading. */
    private static Path tricky(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("干部");
            List<String> header = List.of("工号", "姓名", "单位编码", "备注", "职务");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.range(0, 4, 0, 5).merge();
            row(sheet, 1, "ＰＴＳ ０６１", "欧阳晓梅", "T-ORG", "", "部长", "Director");
            sheet.value(1, 3, 45000);
            sheet.style(1, 3).format("yyyy-mm-dd").set();
            row(sheet, 2, "PTS062", "", "T-ORG");
            sheet.formula(2, 1, "CONCATENATE(\"白\",\"静\")");
            row(sheet, 3, "PTS063", "胡\u200B晓梅", "T-ORG");
            row(sheet, 4, "PTS/064", "李明", "T-ORG");
            workbook.finish();
        }
        return file;
    }

    private static void row(Worksheet sheet, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                sheet.value(r, c, values[c]);
            }
        }
    }

    private static Path bomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 110; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }
}
