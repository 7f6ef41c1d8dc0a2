package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.report.statistics.StatisticsWorld;
import org.cadretraining.shared.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organiser opens the statistics of 周口师范学院 for 2021, clicks a bar of a chart and lands on the cadres it
 * counts, and downloads the annual report; a liaison of another institution sees none of it. The statistics page
 * and a drill-down are shot in Chinese and English, on a desktop and on a 390-pixel phone.
 */
@Import(AccountWebTest.Support.class)
class StatisticsJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Statistics journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreditLedger ledger;

    @Autowired
    TestAccounts accounts;

    @Test
    void theOrganiserOpensABarsDrillDownAndDownloadsTheAnnualReport() throws IOException {
        StatisticsWorld world = new StatisticsWorld(directory, jdbc, ledger);
        accounts.ready("stats-organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("stats-liaison", PASSWORD, EnumSet.of(Role.UNIT_LIAISON), null, world.otherInstitution);
        String statistics = "/statistics?year=2021&unitId=" + world.university;

        signIn("stats-organiser");
        page.locator("nav a[href='/statistics']").click();
        page.waitForURL("**/statistics");
        page.navigate(statistics);
        assertThat(page.locator("#figure-courses .figure-value").textContent()).isEqualTo("1");
        assertThat(page.locator("#figure-places .figure-value").textContent()).isEqualTo("4");
        assertThat(page.locator("#figure-places .figure-earlier").textContent()).isEqualTo("2");
        page.locator("#chart-ranks svg").first().waitFor();
        shots("statistics", statistics);

        // the bar of 县处级 (the second rank) in the chart of credit hours per cadre by rank
        Object[] point = barPoint("chart-ranks", 1);
        BoundingBox box = page.locator("#chart-ranks").boundingBox();
        page.mouse().click(box.x + (double) point[0], box.y + (double) point[1]);
        page.waitForURL("**/statistics/cadres?**rank=COUNTY**");
        assertThat(page.locator("#drill-table tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#drill-table tbody").textContent()).contains("彭榕");
        assertThat(page.locator("#drill-totals").textContent()).contains("86.00");
        shots("drill", page.url().substring(baseUrl().length()));

        shots("courses", "/statistics/courses?year=2021&unitId=" + world.university);
        page.navigate(statistics);
        Download download =
                page.waitForDownload(() -> page.locator("#annual-report").click());
        Path saved = SCREENSHOTS.resolve("StatisticsJourneyTests-annual-report.xlsx");
        download.saveAs(saved);
        assertThat(download.suggestedFilename()).isEqualTo("annual-report-2021.xlsx");
        assertThat(firstColumn(saved)).contains("一、按职级", "县处级", "合计", "说明（统计口径）");
        page.context().clearCookies();

        signIn("stats-liaison");
        page.navigate("/statistics?year=2021");
        assertThat(page.locator("#unitId").textContent()).contains("其他院校").doesNotContain("周口师范学院");
        assertThat(page.locator("#figure-places .figure-value").textContent()).isEqualTo("1");
        assertThat(page.navigate(statistics).status()).isEqualTo(403);
    }

    /** Where, inside the chart's element, the middle of a single-series bar is drawn. */
    private Object[] barPoint(String chartId, int index) {
        List<?> xy = (List<?>) page.evaluate(
                "([id, index]) => {"
                        + " const chart = echarts.getInstanceByDom(document.getElementById(id));"
                        + " const value = chart.getOption().series[0].data[index];"
                        + " return chart.convertToPixel({seriesIndex: 0}, [index, Number(value) / 2]); }",
                List.of(chartId, index));
        return new Object[] {((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()};
    }

    /** The page in Chinese and English on this desktop and on a 390-pixel phone with the same session. */
    private void shots(String name, String path) {
        String joiner = path.contains("?") ? "&" : "?";
        for (String language : List.of("zh", "en")) {
            page.navigate(path + joiner + "lang=" + language);
            page.locator("h1").waitFor();
            if (page.locator(".statistics-chart").count() > 0) {
                page.locator("#chart-forms svg").first().waitFor();
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("StatisticsJourneyTests-" + name + "-" + language + ".png"))
                    .setFullPage(true));
            Page phone = phone();
            phone.navigate(path + joiner + "lang=" + language);
            if (phone.locator(".statistics-chart").count() > 0) {
                phone.locator("#chart-forms svg").first().waitFor();
            }
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("StatisticsJourneyTests-" + name + "-phone-" + language + ".png"))
                    .setFullPage(true));
            assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(390);
            phone.context().close();
        }
        page.navigate(path + joiner + "lang=zh");
    }

    private void signIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }

    private Page phone() {
        BrowserContext context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setLocale("zh-CN")
                        .setViewportSize(390, 844)
                        .setIsMobile(true));
        context.addCookies(page.context().cookies());
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    private static List<String> firstColumn(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook);
                ReadableWorkbook book = new ReadableWorkbook(in);
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            return rows.filter(r -> r.getCellCount() > 0 && r.getCell(0) != null)
                    .map(r -> r.getCell(0).getText())
                    .toList();
        }
    }
}
