package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evaluation journey: the organiser sets up the questionnaire and shows an item's QR code; a trainee scans it
 * with a 360-pixel phone, signs in, answers (a reload keeps the draft) and submits once; the organiser's open page
 * shows the response rate rise by itself, the organiser reminds the one who has not answered (preview, confirmation)
 * and closes the questionnaire, in Chinese and English.
 */
@Import(AccountWebTest.Support.class)
class EvaluationJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Evaluation journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AdjustableClock clock;

    @Test
    void aTraineeScansTheItemsCodeAnswersOnAPhoneAndTheOrganiserSeesTheRateAndCloses() throws Exception {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long courseId = fixture.course(LocalDate.now(clock));
        long lecture = fixture.itemOpenNow(courseId, clock, "LECTURE");
        long trainee = fixture.trainee(courseId, "白静");
        fixture.trainee(courseId, "胡晓梅");
        accounts.ready("baijing", PASSWORD, EnumSet.of(Role.CADRE), trainee, null);
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);

        signIn(page, "organiser");
        page.navigate("/courses/" + courseId);
        page.locator("a[href$='/courses/" + courseId + "/evaluation']").click();
        page.locator("#item-" + lecture).check();
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        page.locator("#opensAt").fill(now.minusHours(1).toString());
        page.locator("#closesAt").fill(now.plusDays(3).toString());
        page.locator("#requiredForCompletion").check();
        page.locator("form[action$='/evaluation'] button[type=submit]").click();
        assertThat(page.locator("#evaluation-rate").textContent()).contains("已作答 0 人，共 2 名学员（0%）");
        screenshot("organiser-zh");

        page.locator("a[href$='/items/" + lecture + "/qr']").click();
        String address = org.cadretraining.browser.DrawnQrCodes.read(
                page.locator("#evaluation-qr").getAttribute("src"));
        assertThat(address).isEqualTo(baseUrl() + "/courses/" + courseId + "/evaluation/answer#item-" + lecture);
        screenshot("qr");

        page.navigate("/courses/" + courseId + "/evaluation");
        assertThat(page.locator("#evaluation-pending").textContent()).contains("白静", "胡晓梅");

        Page phone = wechatPhone();
        try {
            phone.navigate(address);
            phone.locator("#username").fill("baijing");
            phone.locator("#password").fill(PASSWORD);
            phone.locator("form[action$='/login'] button[type=submit]").click();
            phone.waitForURL("**/courses/" + courseId + "/evaluation/answer**");
            assertThat(phone.locator("#item-" + lecture).textContent()).contains("专题讲座");
            for (int q = 0; q <= 4; q++) {
                phone.locator("label[for='q" + q + "-5']").click();
            }
            phone.locator("label[for='q5-1']").click();
            phone.locator("label[for='q6-1']").click();
            phone.locator("#q7").fill("希望多安排现场教学");
            phone.reload();
            assertThat(phone.locator("#q7").inputValue())
                    .as("the draft survives a reload")
                    .isEqualTo("希望多安排现场教学");
            assertThat(phone.locator("#q0-5").isChecked()).isTrue();
            for (int q = 8; q <= 10; q++) {
                phone.locator("label[for='q" + q + "-" + lecture + "-4']").click();
            }
            assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(360);
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("EvaluationJourneyTests-phone-answering.png"))
                    .setFullPage(true));
            phone.locator("#evaluation-form button[type=submit]").click();
            assertThat(phone.locator(".alert-success").first().textContent()).contains("问卷已提交，感谢您的评价。");
            assertThat(phone.locator("#evaluation-done").textContent()).contains("您已提交本期培训的评估问卷");
            phone.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            assertThat(phone.evaluate("Object.keys(localStorage).filter(k => k.startsWith('evaluation-draft')).length"))
                    .as("the draft goes once submitted")
                    .isEqualTo(0);
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("EvaluationJourneyTests-phone-submitted.png"))
                    .setFullPage(true));
        } finally {
            phone.context().close();
        }

        // the organiser's page, left open while the trainee answered, shows the new rate by itself (htmx polling)
        page.waitForFunction(
                "() => document.querySelector('#evaluation-rate').textContent.includes('已作答 1 人')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(25_000));
        assertThat(page.locator("#evaluation-rate").textContent()).contains("已作答 1 人，共 2 名学员（50%）");
        assertThat(page.locator("#evaluation-pending").textContent())
                .contains("胡晓梅")
                .doesNotContain("白静");
        screenshot("organiser-rate-risen-zh");

        page.onDialog(dialog -> dialog.accept());
        page.locator("#evaluation-remind").click();
        assertThat(page.locator("#reminder-summary").textContent()).contains("将提醒 1 名尚未作答的学员");
        assertThat(page.locator("#reminder-recipients").textContent())
                .contains("胡晓梅")
                .doesNotContain("白静");
        screenshot("reminder-preview-zh");
        page.locator("#reminder-send").click();
        assertThat(page.locator(".alert-success").first().textContent()).contains("提醒已发送。");
        page.navigate("/courses/" + courseId + "/evaluation/reminders?lang=en");
        assertThat(page.locator("#reminder-wait").textContent()).contains("the next may be sent after");
        screenshot("reminder-preview-en");
        page.navigate("/courses/" + courseId + "/evaluation?lang=zh");

        // the close button stands outside the part that refreshes itself every 10 seconds
        assertThat(page.locator("#evaluation-progress form").count()).isZero();
        page.locator("#evaluation-actions form[action$='/evaluation/close'] button")
                .click();
        assertThat(page.locator("#evaluation-phase").textContent()).contains("已截止");
        assertThat(page.locator("#evaluation-closed").textContent()).contains("作答情况不再变化");
        assertThat(page.locator("#evaluation-progress").getAttribute("hx-trigger"))
                .isNull();
        screenshot("organiser-closed-zh");
        page.navigate("/courses/" + courseId + "/evaluation?lang=en");
        assertThat(page.locator("#evaluation-rate").textContent()).contains("1 of 2 trainees have answered (50%)");
        assertThat(page.locator("#evaluation-phase").textContent()).contains("Closed");
        screenshot("organiser-en");

        page.navigate("/evaluation/templates?lang=zh");
        screenshot("bank-zh");
        page.locator("form[action$='/copy'] button").first().click();
        assertThat(page.locator(".alert-success").first().textContent()).contains("已复制，请编辑这份副本。");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("h1").textContent()).contains("Training quality questionnaire (default) (copy)");
        screenshot("copy-en");
    }

    private void signIn(Page on, String username) {
        on.navigate("/login");
        on.locator("#username").fill(username);
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }
}
