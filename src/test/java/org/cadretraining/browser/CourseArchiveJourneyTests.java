package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.report.archive.ArchiveWorld;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organiser opens a real course's archive from the course page, builds its download and watches the bar, which
 * htmx fills from the job's progress in the database, reach the end; then downloads the PDF and the ZIP. The page
 * is shot in Chinese and English on a desktop and on a 360-pixel phone.
 */
@Import(AccountWebTest.Support.class)
class CourseArchiveJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Archive journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Lecturers lecturers;

    @Autowired
    TestAccounts accounts;

    @Test
    void theOrganiserBuildsACoursesArchiveWatchesTheBarReachTheEndAndDownloadsIt() throws Exception {
        ArchiveWorld world = new ArchiveWorld(directory, jdbc, lecturers);
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        page.navigate("/login");
        page.locator("#username").fill("organiser");
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");

        page.navigate("/courses/" + world.branchCourse);
        page.locator("a[href$='/courses/" + world.branchCourse + "/archive']")
                .first()
                .click();
        page.waitForURL("**/courses/" + world.branchCourse + "/archive");
        assertThat(page.locator("#archive-roster").getAttribute("data-count")).isEqualTo("5");
        assertThat(page.locator("#archive-attendance-items tbody tr")).isNotNull();
        assertThat(page.locator("#archive-attendance-items tbody tr").count()).isEqualTo(5);

        // every value the bar shows, as htmx swaps it in
        page.evaluate("""
                () => {
                  window.archiveBar = [];
                  const note = () => {
                    const bar = document.querySelector('#archive-progress');
                    if (bar) window.archiveBar.push(Number(bar.getAttribute('aria-valuenow')));
                  };
                  new MutationObserver(note).observe(document.body, {subtree: true, childList: true, attributes: true});
                }
                """);
        page.locator("#archive-build").click();
        page.locator("#archive-progress[aria-valuenow='100']").waitFor();
        page.locator("#archive-zip").waitFor();
        @SuppressWarnings("unchecked")
        List<Number> seen = (List<Number>) page.evaluate("() => window.archiveBar");
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast().intValue()).isEqualTo(100);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).intValue())
                    .isGreaterThanOrEqualTo(seen.get(i - 1).intValue());
        }

        Download pdf = page.waitForDownload(() -> page.locator("#archive-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("course-" + world.branchCourse + "-archive.pdf");
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes());
        Download zip = page.waitForDownload(() -> page.locator("#archive-zip").click());
        assertThat(zip.suggestedFilename()).isEqualTo("course-" + world.branchCourse + "-archive.zip");
        assertThat(Files.readAllBytes(zip.path())).startsWith(new byte[] {'P', 'K'});

        shots("/courses/" + world.branchCourse + "/archive", "branch");
        shots("/courses/" + world.xinjiangCourse + "/archive", "xinjiang");
    }

    /** The page in Chinese and English, on this desktop and on a phone with the same session. */
    private void shots(String path, String name) {
        page.navigate(path + "?lang=en");
        assertThat(page.locator("h1").textContent()).startsWith("Course archive");
        screenshot(name + "-en");
        page.navigate(path + "?lang=zh");
        assertThat(page.locator("h1").textContent()).contains("一班一档");
        screenshot(name + "-zh");
        BrowserContext context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setLocale("zh-CN")
                        .setViewportSize(360, 740)
                        .setIsMobile(true));
        context.addCookies(page.context().cookies());
        context.setDefaultTimeout(15_000);
        Page phone = context.newPage();
        for (String language : List.of("zh", "en")) {
            phone.navigate(path + "?lang=" + language);
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("CourseArchiveJourneyTests-" + name + "-phone-" + language + ".png"))
                    .setFullPage(true));
            assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(360);
        }
        context.close();
        page.navigate(path + "?lang=zh");
    }
}
