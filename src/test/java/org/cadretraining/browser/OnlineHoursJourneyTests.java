package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hours from elsewhere (issue 17): an online academy's file imported with the mapping saved for the academy, a
 * superior body's course recorded for 30 cadres, and the year's hours exported for the cadre information system.
 */
class OnlineHoursJourneyTests extends BrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OrganisationDirectory directory;

    @Test
    void anAcademysFileASuperiorBodysCourseForThirtyCadresAndTheExport(@TempDir Path dir) throws IOException {
        long committee = directory.registerUnit(new UnitDetails(
                "OH-PC",
                new LocalizedText("上海理工大学党委", "Party Committee of USST"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long school = directory.registerUnit(new UnitDetails(
                "OH-ME",
                new LocalizedText("机械工程学院", "School of Mechanical Engineering"),
                UnitKind.SCHOOL,
                committee,
                true));
        List<String> staff = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String number = "OH%03d".formatted(i);
            staff.add(number);
            ids.add(directory.registerCadre(new CadreDetails(
                    number, "学员" + i, Gender.MALE, school, "科长", "Section chief", "SECTION", "", "", "", "", true)));
        }
        signInAsAdministratorForTheFirstTime();

        // the mapping, saved once for the academy
        page.navigate("/credit/online/academies?lang=zh");
        page.locator("#name").fill("中国干部网络学院");
        page.locator("#col-STAFF_NUMBER").fill("学员编号");
        page.locator("#col-TITLE").fill("课程名称");
        page.locator("#col-MINUTES").fill("学习时长（分钟）");
        page.locator("#col-COMPLETED_ON").fill("完成时间");
        page.locator("#col-TEST_PASSED").fill("考试是否通过");
        page.locator("#academy-form [type=submit]").click();
        assertThat(page.locator("#online-academies")).containsText("中国干部网络学院");
        screenshot("online-academies-zh");
        page.navigate("/credit/online/academies?lang=en");
        screenshot("online-academies-en");

        // the academy's file, read with that mapping: a preview, then the write
        page.navigate("/credit/online/imports?lang=zh");
        page.locator("#academy").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("中国干部网络学院"));
        page.locator("#file").setInputFiles(academyFile(dir.resolve("学习记录.xlsx"), staff));
        page.locator("#online-import-form [type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/credit/online/imports/\\d+$"));
        assertThat(page.locator("#online-import-write")).isVisible();
        assertThat(page.locator("#online-import-preview tbody tr")).hasCount(20);
        screenshot("online-import-preview-zh");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#online-import-preview")).containsText("rule version 1, row 1");
        screenshot("online-import-preview-en");
        page.locator("#online-import-write").click();
        assertThat(page.locator("#online-import-done")).containsText("60 records newly counted");
        screenshot("online-import-done-en");

        // each entry explains itself by the rule's version and row, in the reader's language
        page.navigate("/credit/cadres/" + ids.getFirst() + "?lang=zh");
        assertThat(page.locator("body")).containsText("按网络学习规则第1版第1行“30分钟及以上计1.00学时”");
        screenshot("online-ledger-zh");
        page.navigate("/credit/cadres/" + ids.getFirst() + "?lang=en");
        assertThat(page.locator("body")).containsText("row 1 \u201c30 minutes or more: 1.00 credit hours\u201d");
        screenshot("online-ledger-en");

        // a file with bad rows writes nothing and says what is wrong, row by row and field by field
        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad, "学员编号,课程名称,学习时长（分钟）,完成时间,考试是否通过\nOH001,党史专题,abc,2026-02-30,也许\nNOBODY,公文写作,20,2026-04-17,否\n");
        page.navigate("/credit/online/imports?lang=zh");
        page.locator("#academy").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("中国干部网络学院"));
        page.locator("#file").setInputFiles(bad);
        page.locator("#online-import-form [type=submit]").click();
        assertThat(page.locator("#online-import-problems tbody tr")).hasCount(4);
        screenshot("online-import-problems-zh");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#online-import-problems")).containsText("There is no cadre with the staff number");
        screenshot("online-import-problems-en");

        page.navigate("/credit/online/rule?lang=zh");
        screenshot("online-rule-zh");
        page.navigate("/credit/online/rule?lang=en");
        screenshot("online-rule-en");

        // a superior body's course for 30 cadres, pasted, previewed, recorded with its evidence
        page.navigate("/credit/superior?lang=zh");
        page.locator("#kind").selectOption("HIGHER_LEVEL");
        page.locator("#title").fill("学习贯彻党的二十届四中全会精神专题培训班");
        page.locator("#provider").fill("中共上海市委组织部");
        page.locator("#startsOn").fill("2026-05-10");
        page.locator("#endsOn").fill("2026-05-14");
        page.locator("#hours").fill("30");
        page.locator("#pasted").fill(String.join("\n", staff));
        page.locator("#superior-preview").click();
        assertThat(page.locator("#superior-picked input[name=picked]")).hasCount(30);
        screenshot("superior-preview-zh");
        Path evidence = dir.resolve("调训通知.pdf");
        Files.write(evidence, PDF);
        page.locator("#evidence").setInputFiles(evidence);
        page.locator("#superior-record").click();
        assertThat(page.locator("#superior-attendees tbody tr")).hasCount(30);
        screenshot("superior-course-zh");
        page.navigate(page.url() + "?lang=en");
        screenshot("superior-course-en");

        // the year's hours for the cadre information system
        page.navigate("/credit/hours-export?lang=zh&year=2026&unitId=" + school);
        screenshot("hours-export-zh");
        page.navigate("/credit/hours-export?lang=en&year=2026&unitId=" + school);
        screenshot("hours-export-en");
        Download download =
                page.waitForDownload(() -> page.locator("#hours-export-xlsx").click());
        List<List<String>> rows = read(download.path());
        assertThat(rows.getFirst())
                .containsExactly(
                        "staff_number",
                        "name",
                        "unit_code",
                        "unit_name",
                        "year",
                        "full_time_hours",
                        "online_hours",
                        "total_hours");
        assertThat(rows).hasSize(31);
        // each cadre: 30 hours from the superior body's course, and two online courses of 1.5 and 0.5
        assertThat(rows.get(1)).containsExactly("OH001", "学员1", "OH-ME", "机械工程学院", "2026", "30", "2", "32");
    }

    /** Two records per cadre: 45 minutes with the test passed (1.5), 20 minutes without (0.5). */
    private static Path academyFile(Path file, List<String> staff) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("学习记录");
            List<String> header = List.of("序号", "学员编号", "课程名称", "学习时长（分钟）", "完成时间", "考试是否通过");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (String number : staff) {
                for (int course = 0; course < 2; course++) {
                    sheet.value(r, 0, r);
                    sheet.value(r, 1, number);
                    sheet.value(r, 2, course == 0 ? "党史专题" : "公文写作");
                    sheet.value(r, 3, course == 0 ? 45 : 20);
                    sheet.value(r, 4, "2026-0" + (3 + course) + "-17");
                    sheet.value(r, 5, course == 0 ? "是" : "否");
                    r++;
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static List<List<String>> read(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.map(row -> {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            String text = row.getCellRawValue(c).orElse("");
                            cells.add(text.endsWith(".00") ? text.substring(0, text.length() - 3) : text);
                        }
                        return cells;
                    })
                    .toList();
        }
    }
}
