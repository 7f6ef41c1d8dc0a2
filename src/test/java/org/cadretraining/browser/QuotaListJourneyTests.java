package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly programme of real-courses.yaml (嘉定镇街道“成长工程”培训班, 120 places) for trainees of 15 units: the
 * organiser pastes the 15 units' places from a spreadsheet instead of filling 15 forms, sees a mistyped unit refused
 * with nothing written, corrects it and confirms; then, in English, gives every unit of the town the same number in
 * one step, and uploads a spreadsheet.
 */
@Import(AccountWebTest.Support.class)
class QuotaListJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Quota list password 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void theOrganiserSetsFifteenUnitsPlacesInOneStep() throws IOException {
        long town = unit("JD", "嘉定镇街道党工委", "Jiading Town Party Working Committee", null);
        List<String> names =
                IntStream.rangeClosed(1, 15).mapToObj(i -> "第" + i + "居民区党总支").toList();
        for (int i = 0; i < 15; i++) {
            unit("JD-%02d".formatted(i + 1), names.get(i), "Residential Area " + (i + 1), town);
        }
        long course = course(town);
        accounts.ready("quota-list-organiser", PASSWORD, Role.ORGANISER);
        signIn(page, "quota-list-organiser", PASSWORD);

        page.navigate("/courses/" + course + "/enrolment");
        page.locator("#quota-list-link").click();
        String pasted = names.stream().map(n -> n + "\t8").collect(Collectors.joining("\n"));
        page.locator("#lines").fill(pasted.replace("第3居民区党总支", "第三居民区党总支"));
        page.locator("form:has(#lines) button[type=submit]").click();
        assertThat(page.locator("#quota-lines tr.table-danger")).hasCount(1);
        assertThat(page.locator("#quota-lines tr.table-danger")).containsText("没有名称或代码为“第三居民区党总支”的单位，请核对单位名称");
        assertThat(page.locator("#blocked")).containsText("有 1 行有误（标红）");
        assertThat(page.locator("#confirm")).isDisabled();
        screenshot("preview-wrong-zh");

        page.goBack();
        page.locator("#lines").fill(pasted);
        page.locator("form:has(#lines) button[type=submit]").click();
        assertThat(page.locator("#summary")).hasText("将为 15 个单位设置或调整名额，0 行有误。设置后名额合计 120 个，班级容量 120 人。");
        screenshot("preview-zh");
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText("已为 15 个单位设置或调整名额。名额合计 120 个，班级容量 120 人。");
        screenshot("result-zh");

        page.navigate("/courses/" + course + "/enrolment/quotas/list?lang=en");
        assertThat(page.locator("label[for=lines]"))
                .hasText("One unit a line: the unit's name or code, then its places");
        screenshot("page-en");
        page.locator("#parentUnitId").selectOption(String.valueOf(town));
        page.locator("#same-places").fill("7");
        page.locator("form:has(#same-places) button[type=submit]").click();
        assertThat(page.locator("#quota-lines tbody tr")).hasCount(15);
        assertThat(page.locator("#quota-lines tbody tr").first()).containsText("From 8 to 7 places");
        screenshot("same-preview-en");
        page.locator("#confirm").click();
        assertThat(page.locator("#summary"))
                .containsText(
                        "Places were set or changed for 15 units. All places together are 105, for a capacity of 120.");

        page.navigate("/courses/" + course + "/enrolment/quotas/list?lang=zh");
        page.locator("#file").setInputFiles(spreadsheet());
        page.locator("form:has(#file) button[type=submit]").click();
        assertThat(page.locator("#quota-lines tbody tr").nth(0)).containsText("第 2 行");
        assertThat(page.locator("#quota-lines tbody tr").nth(0)).containsText("名额由 7 个改为 12 个");
        assertThat(page.locator("#quota-lines tbody tr").nth(1)).containsText("该单位在第 2 行已出现过");
        screenshot("upload-preview-zh");
    }

    private Path spreadsheet() throws IOException {
        Path file = Files.createTempFile("places", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("名额");
            sheet.value(0, 0, "单位名称或代码");
            sheet.value(0, 1, "名额");
            sheet.value(1, 0, "JD-01");
            sheet.value(1, 1, 12);
            sheet.value(2, 0, "第1居民区党总支");
            sheet.value(2, 1, 6);
            workbook.finish();
        }
        return file;
    }

    private long unit(String code, String zh, String en, Long parent) {
        return directory.registerUnit(new UnitDetails(code, new LocalizedText(zh, en), UnitKind.OTHER, parent, true));
    }

    /** Weekly sessions over three months, 120 places, taking nominations. */
    private long course(long organiser) {
        LocalDate first = LocalDate.of(2031, 9, 4);
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values ('嘉定镇街道2017年“成长工程”培训班', 'Jiading Town 2017 Growth Programme', ?, ?, ?, 120,
                                18, 'PARTY_SPIRIT', 'NOMINATIONS_OPEN', ?, 'test') returning id
                        """)
                .params(organiser, first, first.plusWeeks(12), Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }
}
