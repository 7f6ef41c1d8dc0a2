package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "done when" in one journey, on the real branch secretaries' course (five of its seven trainees have
 * answered): the organiser shows the QR code at the end of 田平's lecture; a trainee scans it on a 360-pixel phone
 * with WeChat's browser, signs in, answers (a reload keeps the draft) and submits, and a second submission from a
 * tab left open is refused with a sentence; the organiser's open page shows the rate rise by itself; the organiser
 * closes the questionnaire, and the trainee who had not answered is told on the phone when it closed; the organiser
 * reads the charts in Chinese and English; 田平 reads his own scores, nobody else's.
 */
class QrToScoresJourneyTests extends EvaluationBrowserTest {

    @Test
    void aTraineeScansAnswersOnAPhoneTheOrganiserClosesAndReadsTheChartsAndTheLecturerHisScores() throws Exception {
        ResultsCourses courses = coursesWithBranchAnswers(5);
        long course = courses.branchCourse;
        long lecture = courses.tianPingLecture;
        traineeAccount("xueyuan5", courses, 5);
        traineeAccount("xueyuan6", courses, 6);
        List<String> problems = new ArrayList<>();
        gatherProblems(page, problems);

        signIn(page, "organiser");
        page.navigate("/courses/" + course + "/evaluation?lang=zh");
        assertThat(page.locator("#evaluation-rate").textContent()).contains("已作答 5 人，共 7 名学员（71%）");
        page.locator("a[href$='/items/" + lecture + "/qr']").click();
        String address = org.cadretraining.browser.DrawnQrCodes.read(
                page.locator("#evaluation-qr").getAttribute("src"));
        assertThat(address).isEqualTo(baseUrl() + "/courses/" + course + "/evaluation/answer#item-" + lecture);
        screenshot("qr-zh");
        page.navigate("/courses/" + course + "/evaluation");

        Page phone = wechatPhone();
        try {
            phone.navigate(address);
            signInOnThePhone(phone, "xueyuan5");
            phone.waitForURL("**/courses/" + course + "/evaluation/answer**");
            assertThat(phone.locator("#item-" + lecture).textContent()).contains("以党的十八大精神引领党支部建设", "田平");
            Page staleTab = phone.context().newPage();
            staleTab.navigate(address);
            phone.locator("label[for='q0-5']").click();
            phone.locator("label[for='q3-1']").click();
            phone.locator("#q4").fill("希望多安排现场教学");
            phone.reload();
            assertThat(phone.locator("#q4").inputValue())
                    .as("the draft survives a reload")
                    .isEqualTo("希望多安排现场教学");
            assertThat(phone.locator("#q0-5").isChecked()).isTrue();
            phone.locator("label[for='q5-" + lecture + "-4']").click();
            phone.locator("label[for='q6-" + lecture + "-4']").click();
            assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("nothing wider than the phone")
                    .isLessThanOrEqualTo(360);
            phoneShot(phone, "phone-answering");
            phone.locator("#evaluation-form button[type=submit]").click();
            assertThat(phone.locator(".alert-success").first().textContent()).contains("问卷已提交，感谢您的评价。");
            phoneShot(phone, "phone-submitted");

            staleTab.locator("label[for='q0-1']").click();
            staleTab.locator("#evaluation-form button[type=submit]").click();
            assertThat(staleTab.locator("#evaluation-refusal").textContent())
                    .as("a second submission, from a tab left open, is refused with a sentence")
                    .isEqualTo("您已提交过本期培训的评估问卷，每人只能提交一次。");
            phoneShot(staleTab, "phone-second-submission-refused");
        } finally {
            phone.context().close();
        }

        page.waitForFunction(
                "() => document.querySelector('#evaluation-rate').textContent.includes('已作答 6 人')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(25_000));
        assertThat(page.locator("#evaluation-rate").textContent()).contains("已作答 6 人，共 7 名学员（86%）");
        screenshot("rate-risen-zh");
        page.onDialog(dialog -> dialog.accept());
        // freshly loaded, so that the rate's polling does not replace the button under the click
        page.navigate("/courses/" + course + "/evaluation");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.locator("form[action$='/evaluation/close'] button").click();
        try {
            page.waitForURL(baseUrl() + "/courses/" + course + "/evaluation");
            page.waitForFunction("() => document.querySelector('#evaluation-phase').textContent.includes('已截止')");
        } catch (RuntimeException notClosed) {
            screenshot("not-closed");
            throw notClosed;
        }
        assertThat(page.locator("#evaluation-rate").textContent()).contains("已作答 6 人，共 7 名学员（86%）");
        assertThat(page.locator("#closesAt").inputValue())
                .as("the settings show the closing time")
                .isNotEmpty();
        screenshot("closed-zh");

        Page late = wechatPhone();
        try {
            late.navigate(address);
            signInOnThePhone(late, "xueyuan6");
            late.waitForURL("**/courses/" + course + "/evaluation/answer**");
            assertThat(late.locator("#evaluation-state").textContent())
                    .as("a closed questionnaire says when it closed")
                    .matches("问卷已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止，不能再作答。");
            assertThat(late.locator("#evaluation-form button[type=submit]").count())
                    .isZero();
            phoneShot(late, "phone-closed");
        } finally {
            late.context().close();
        }

        page.locator("#evaluation-results-link").click();
        page.waitForURL("**/evaluation/results");
        assertThat(page.locator("#results-responses").textContent()).isEqualTo("共 6 份答卷");
        chartsDrawn();
        assertThat(page.locator("#chart-profile svg text").allTextContents()).contains("总体满意度", "培训组织管理");
        screenshot("results-zh");
        page.navigate("/courses/" + course + "/evaluation/results?lang=en");
        assertThat(page.locator("#results-responses").textContent()).isEqualTo("6 responses");
        chartsDrawn();
        assertThat(page.locator("#chart-course-0 svg text").allTextContents()).contains("Very satisfied");
        screenshot("results-en");

        page.context().clearCookies();
        signIn(page, "tianping");
        page.navigate("/lecturers/" + courses.tianPing + "/scores?lang=zh");
        // rows 0 to 4 of the hand-counted answers rate the lecture 5 5, 4 5, 5 4, 4 4, 5 5; the phone gave 4 4
        assertThat(page.locator("#lecturer-overall").textContent()).isEqualTo("总平均分 4.50（6 份回答）");
        page.locator("#chart-trend svg").waitFor();
        screenshot("own-scores-zh");
        page.navigate("/lecturers/" + courses.tianPing + "/scores?lang=en");
        assertThat(page.locator("#lecturer-overall").textContent()).isEqualTo("Overall mean 4.50 (6 answers)");
        screenshot("own-scores-en");
        assertThat(problems)
                .as("no script error and nothing refused by the CSP")
                .isEmpty();
        assertThat(page.navigate("/lecturers/" + courses.chenLi + "/scores").status())
                .as("another lecturer's scores are not his to read")
                .isEqualTo(403);
    }

    private void chartsDrawn() {
        page.locator("#chart-profile svg").waitFor();
        page.locator("#chart-course-0 svg").waitFor();
    }

    private static void signInOnThePhone(Page phone, String username) {
        phone.locator("#username").fill(username);
        phone.locator("#password").fill(PASSWORD);
        phone.locator("form[action$='/login'] button[type=submit]").click();
    }

    private static void phoneShot(Page phone, String name) {
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("QrToScoresJourneyTests-" + name + ".png"))
                .setFullPage(true));
    }
}
