package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A course held in 2023 and entered afterwards, completed, archived and taken out of the archive: its change log,
 * opened from the course page's More menu, lists each step with who and when, in Chinese and English. The
 * enrolment and bulk pages answer text their forms cannot hold with a sentence next to the field.
 */
class ChangeLogJourneyTests extends BrowserTest {

    @Test
    void theChangeLogListsTheStepsOfTheRecordAndTheFormsAnswerInSentences() {
        String password = signInAsAdministratorForTheFirstTime();
        Map<String, String> basic = Map.of(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)),
                "Content-Type",
                "application/json");
        long unit = id(post("/api/v1/units", basic, """
                {"code": "PC", "nameZh": "党委", "nameEn": "Party Committee", "kind": "PARTY_COMMITTEE"}"""));
        long past = id(post("/api/v1/courses", basic, """
                {"titleZh": "新任处级干部专题讲座", "titleEn": "Lecture for newly appointed directors",
                 "organiserUnitId": %d, "startsOn": "2023-03-17", "endsOn": "2023-03-17", "capacity": 40,
                 "requiredHours": 3, "category": "THEORY"}""".formatted(unit)));
        for (String step : new String[] {"record-as-held", "complete?confirm=true", "archive", "unarchive"}) {
            assertThat(post("/api/v1/courses/" + past + "/" + step, basic, "").status())
                    .as(step)
                    .isEqualTo(200);
        }

        page.navigate("/courses/" + past);
        page.locator("#course-more").click();
        page.locator("a[href$='/courses/" + past + "/changes']").click();
        page.waitForURL("**/courses/" + past + "/changes");
        page.locator("#course-steps tbody tr").nth(2).waitFor();
        assertThat(page.locator("#course-steps").innerText())
                .contains("补录为已举办（事后录入）")
                .contains("归档")
                .contains("撤销归档")
                .contains("admin");
        screenshot("change-log-zh");
        page.navigate("/courses/" + past + "/changes?lang=en");
        assertThat(page.locator("#course-steps").innerText())
                .contains("Recorded as held (entered afterwards)")
                .contains("Archive undone");
        screenshot("change-log-en");

        long next = id(post("/api/v1/courses", basic, """
                {"titleZh": "处级干部培训班", "titleEn": "Course for directors", "organiserUnitId": %d,
                 "startsOn": "2036-03-17", "endsOn": "2036-03-19", "capacity": 40, "requiredHours": 18,
                 "category": "THEORY"}""".formatted(unit)));
        post("/api/v1/courses/" + next + "/open-nominations", basic, "");
        for (String lang : new String[] {"zh", "en"}) {
            page.navigate("/courses/" + next + "/enrolment?lang=" + lang);
            // a browser's date field takes only dates; another client may send any text
            page.locator("#nominationDeadline").evaluate("field => field.type = 'text'");
            page.locator("#nominationDeadline").fill("下周五");
            page.locator("form[action$='/enrolment/deadline'] button[type=submit]")
                    .click();
            assertThat(page.locator(".invalid-feedback").first().innerText())
                    .isEqualTo(
                            lang.equals("zh")
                                    ? "提名截止日期须为日期，例如 2026-03-17。"
                                    : "Nomination deadline: a date, such as 2026-03-17.");
            screenshot("deadline-refused-" + lang);

            page.navigate("/courses/" + next + "/enrolment/bulk?lang=" + lang);
            page.locator("form[enctype='multipart/form-data'] button[type=submit]")
                    .click();
            assertThat(page.locator(".alert-danger").innerText())
                    .isEqualTo(
                            lang.equals("zh")
                                    ? "请选择要上传的名单文件：Excel 工作簿（.xlsx）。"
                                    : "List file: choose an Excel workbook (.xlsx) to upload.");
            screenshot("bulk-file-refused-" + lang);
        }
    }

    private APIResponse post(String path, Map<String, String> headers, String json) {
        RequestOptions options = RequestOptions.create();
        headers.forEach(options::setHeader);
        if (!json.isEmpty()) {
            options.setData(json);
        }
        APIResponse response = page.request().post(path, options);
        assertThat(response.status()).as(path + ": " + response.text()).isLessThan(300);
        return response;
    }

    private static long id(APIResponse created) {
        return ((Number) JsonPath.read(created.text(), "$.id")).longValue();
    }
}
