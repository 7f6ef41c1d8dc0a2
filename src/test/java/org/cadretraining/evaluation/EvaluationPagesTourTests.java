package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation page, as the person who uses it sees it, in Chinese and English, on a 1280-pixel desktop and a
 * 360-pixel phone with WeChat's browser: each opens, says its heading in the page's language, holds no untranslated
 * message key, draws its charts (ECharts, served by the application) without a script error, a CSP refusal or a
 * request to another host, and on the phone is no wider than the screen. The screenshots (target/screenshots/EvaluationPagesTourTests-*) are for people to look at.
 */
class EvaluationPagesTourTests extends EvaluationBrowserTest {

    @Test
    void everyEvaluationPageFitsAPhoneAndADesktopInBothLanguages() {
        ResultsCourses courses = coursesWithBranchAnswers(6);
        long course = courses.branchCourse;
        traineeAccount("trainee", courses, 6);

        Map<String, String> organiserPages = new LinkedHashMap<>();
        organiserPages.put("questionnaire", "/courses/" + course + "/evaluation");
        organiserPages.put("reminders", "/courses/" + course + "/evaluation/reminders");
        organiserPages.put("item-qr", "/courses/" + course + "/evaluation/items/" + courses.tianPingLecture + "/qr");
        organiserPages.put("results", "/courses/" + course + "/evaluation/results");
        organiserPages.put("templates", "/evaluation/templates");
        organiserPages.put("template", "/evaluation/templates/" + courses.templateId);
        organiserPages.put("lecturer-scores", "/lecturers/scores");
        organiserPages.put("lecturer-score", "/lecturers/" + courses.tianPing + "/scores");
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            tour("organiser", organiserPages, phone, problems);
            tour("trainee", Map.of("answer", "/courses/" + course + "/evaluation/answer"), phone, problems);
            tour("tianping", Map.of("own-scores", "/lecturers/" + courses.tianPing + "/scores"), phone, problems);
        }
        assertThat(problems)
                .as("no script error and nothing refused by the CSP")
                .isEmpty();
    }

    private void tour(String username, Map<String, String> pages, boolean phone, List<String> problems) {
        BrowserContext context = page.context()
                .browser()
                .newContext(
                        phone
                                ? new Browser.NewContextOptions()
                                        .setBaseURL(baseUrl())
                                        .setViewportSize(360, 740)
                                        .setIsMobile(true)
                                        .setUserAgent(WECHAT_USER_AGENT)
                                : new Browser.NewContextOptions()
                                        .setBaseURL(baseUrl())
                                        .setViewportSize(1280, 800));
        context.setDefaultTimeout(15_000);
        try {
            Page on = context.newPage();
            gatherProblems(on, problems);
            // ECharts and every other file come from the application itself, never from a CDN
            on.onRequest(request -> {
                if (!request.url().startsWith(baseUrl()) && !request.url().startsWith("data:")) {
                    problems.add(on.url() + " asked another host for " + request.url());
                }
            });
            signIn(on, username);
            for (var visit : pages.entrySet()) {
                for (String language : List.of("zh", "en")) {
                    String name = visit.getKey() + "-" + language + (phone ? "-360" : "-1280");
                    var response = on.navigate(visit.getValue() + "?lang=" + language);
                    assertThat(response.status()).as(name).isEqualTo(200);
                    if (on.locator(".chart").count() > 0) {
                        on.locator(".chart svg").first().waitFor();
                    }
                    String text = on.locator("body").innerText();
                    assertThat(text).as(name + ": no message key shown").doesNotContainPattern("\\?\\?[a-z.]+_");
                    assertThat(text)
                            .as(name + ": in the page's language")
                            .contains(language.equals("zh") ? "干部教育培训管理系统" : "Cadre Training");
                    if (phone) {
                        assertThat(((Number) on.evaluate("document.documentElement.scrollWidth")).intValue())
                                .as(name + ": nothing wider than the phone")
                                .isLessThanOrEqualTo(360);
                    }
                    on.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("EvaluationPagesTourTests-" + name + ".png"))
                            .setFullPage(true));
                }
            }
        } finally {
            context.close();
        }
    }
}
