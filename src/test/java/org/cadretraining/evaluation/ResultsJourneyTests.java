package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organiser reads the branch secretaries' course's results with their charts (drawn by ECharts from the page's
 * data, within the strict CSP) in Chinese and English, and the lecturers' scores; 田平 reads his own scores.
 */
class ResultsJourneyTests extends EvaluationBrowserTest {

    @Test
    void theOrganiserReadsTheChartsInBothLanguagesAndTheLecturerHisOwnScores() {
        ResultsCourses courses = coursesWithBranchAnswers(6);
        courses.answerPlenum(5);
        List<String> problems = new ArrayList<>();
        gatherProblems(page, problems);

        signIn(page, "organiser");
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
        signIn(page, "tianping");
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
}
