package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.browser.BrowserTest;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The organiser reads the branch secretaries' course's results with their charts (drawn by ECharts from the page's
 * data, within the strict CSP) in Chinese and English, and the lecturers' scores; 田平 reads his own scores.
 */
@AutoConfigureMockMvc
@Import(AccountWebTest.Support.class)
class ResultsJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Results journey 2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AdjustableClock clock;

    @Test
    void theOrganiserReadsTheChartsInBothLanguagesAndTheLecturerHisOwnScores() {
        clock.setTo(Instant.now());
        ResultsCourses courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        courses.answerPlenum(5);
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        accounts.ready(
                "tianping", PASSWORD, EnumSet.of(Role.LECTURER, Role.CADRE), courses.tianPingAccount.cadreId(), null);
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);

        signIn("organiser");
        page.navigate("/courses/" + courses.branchCourse + "/evaluation");
        page.locator("#evaluation-results-link").click();
        page.waitForURL("**/evaluation/results");
        assertThat(page.locator("#results-responses").textContent()).isEqualTo("共 6 份答卷");
        chartsDrawn();
        assertThat(page.locator("#chart-profile").getAttribute("data-chart")).contains("\"type\":\"radar\"");
        assertThat(page.locator("#chart-profile svg text").allTextContents()).contains("总体满意度", "培训组织管理", "后勤服务保障");
        assertThat(page.locator("#chart-course-0 svg text").allTextContents()).contains("非常满意");
        assertThat(page.locator("#item-" + courses.experienceExchange).textContent())
                .contains("已有 3 份回答，至少需要 5 份才显示本项结果。");
        screenshot("results-zh");

        page.navigate("/courses/" + courses.branchCourse + "/evaluation/results?lang=en");
        assertThat(page.locator("#results-responses").textContent()).isEqualTo("6 responses");
        chartsDrawn();
        assertThat(page.locator("#chart-profile svg text").allTextContents())
                .contains("Overall satisfaction", "Organisation");
        assertThat(page.locator("#chart-course-0 svg text").allTextContents()).contains("Very satisfied");
        screenshot("results-en");

        page.navigate("/lecturers/scores?lang=zh");
        assertThat(page.locator("#lecturer-scores").textContent())
                .contains("田平")
                .contains("4.23");
        screenshot("lecturers-zh");
        page.navigate("/lecturers/scores?lang=en");
        screenshot("lecturers-en");

        page.context().clearCookies();
        signIn("tianping");
        page.navigate("/lecturers/" + courses.tianPing + "?lang=zh");
        page.locator("#lecturer-scores-link").click();
        page.waitForURL("**/lecturers/" + courses.tianPing + "/scores");
        assertThat(page.locator("#lecturer-overall").textContent()).isEqualTo("总平均分 4.23（11 份回答）");
        page.locator("#chart-trend svg").waitFor();
        assertThat(page.locator("#chart-trend svg text").allTextContents()).contains("2012", "2024");
        screenshot("own-scores-zh");
        page.navigate("/lecturers/" + courses.tianPing + "/scores?lang=en");
        assertThat(page.locator("#lecturer-overall").textContent()).isEqualTo("Overall mean 4.23 (11 answers)");
        page.locator("#chart-trend svg").waitFor();
        screenshot("own-scores-en");

        assertThat(problems)
                .as("no script error and nothing refused by the CSP")
                .isEmpty();
    }

    private void chartsDrawn() {
        page.locator("#chart-profile svg").waitFor();
        page.locator("#chart-course-0 svg").waitFor();
        assertThat(page.locator(".chart svg").count())
                .as("a chart for the profile, five course questions and two of the lecture's")
                .isEqualTo(8);
    }

    private void signIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }
}
