package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.EnumSet;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.report.HomeWorld;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role's home on two real courses: the organiser, a unit liaison, a cadre and a lecturer sign in, see their
 * panels with the figures of the lists behind them, and follow one link; every home is shot in Chinese and English
 * on a desktop and on a 360-pixel phone.
 */
@Import(AccountWebTest.Support.class)
class HomeJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Home journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    Lecturers lecturers;

    @Autowired
    CreditLedger ledger;

    @Autowired
    Clock clock;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyRoleSeesItsPanelsAndFollowsOneToTheListBehindIt() {
        HomeWorld world = new HomeWorld(directory, jdbc, enrolment, lecturers, ledger, clock);
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("liaison", PASSWORD, EnumSet.of(Role.UNIT_LIAISON), null, world.university);
        accounts.ready("lifang", PASSWORD, EnumSet.of(Role.CADRE), world.liFang, null);
        accounts.ready("pengrong", PASSWORD, EnumSet.of(Role.LECTURER, Role.CADRE), world.pengRongCadre, null);

        signIn(page, "organiser");
        assertThat(page.locator("#panel-today").textContent()).contains("国家级样板党支部的创建与建设", "已签到 2/3 人");
        assertThat(page.locator("#panel-waiting").textContent()).contains("待审核调训报名 3 人");
        assertThat(page.locator("#panel-alerts").textContent()).contains("讲座未定授课人 1 项");
        page.locator("#chart-rates svg").first().waitFor();
        shots("organiser");
        page.locator("#panel-waiting a[href$='/courses/" + world.plenumCourse + "/enrolment']")
                .click();
        page.waitForURL("**/courses/" + world.plenumCourse + "/enrolment");
        signOut();

        signIn(page, "liaison");
        assertThat(page.locator("#panel-nominations").textContent()).contains("已报 1/5 个名额");
        assertThat(page.locator("#panel-subtree").textContent())
                .contains("数学与统计学院" + world.prefix)
                .doesNotContain("其他院校");
        page.locator("#chart-subtree svg").first().waitFor();
        shots("liaison");
        String below = page.locator("#panel-subtree .panel-count").textContent();
        page.locator("#panel-subtree .panel-count").click();
        page.waitForURL("**/credit/compliance");
        assertThat(below)
                .contains(page.locator("#compliance-count").textContent().replaceAll("\\D", ""));
        signOut();

        signIn(page, "lifang");
        assertThat(page.locator("#panel-next").textContent()).contains("国家级样板党支部的创建与建设");
        assertThat(page.locator("#panel-hours").textContent()).contains("30.00/90.00");
        assertThat(page.locator("#panel-hours .progress").count()).isEqualTo(2);
        shots("cadre");
        page.locator("#panel-courses .panel-count").click();
        page.waitForURL("**/my/courses");
        signOut();

        signIn(page, "pengrong");
        assertThat(page.locator("#panel-lecturerItems").textContent()).contains("国家级样板党支部的创建与建设");
        assertThat(page.locator("#panel-materials").textContent()).contains("尚未上传资料");
        assertThat(page.locator("#role-CADRE").count()).isEqualTo(1);
        shots("lecturer");
        page.locator("#panel-materials a[href$='/courses/" + world.branchCourse + "/materials']")
                .first()
                .click();
        page.waitForURL("**/courses/" + world.branchCourse + "/materials");
    }

    /** The home in Chinese and English, on this desktop page and on a phone signed in with the same session. */
    @Test
    void theOrganiserIsWarnedOfACourseWhoseFirstDayHasComeAndFollowsTheWarningToItsStartButton() {
        HomeWorld world = new HomeWorld(directory, jdbc, enrolment, lecturers, ledger, clock);
        long late = world.course("井冈山革命传统教育专题培训班", world.today, world.today.plusDays(4), "NOMINATIONS_CLOSED");
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);

        signIn(page, "organiser");
        assertThat(page.locator("#panel-alerts").textContent())
                .contains("井冈山革命传统教育专题培训班", world.today + " 已到开班日期，尚未开班");
        screenshot("organiser-late-start-zh");
        page.navigate("/?lang=en");
        assertThat(page.locator("#panel-alerts").textContent())
                .contains("Its first day (" + world.today + ") has come and it is not started");
        screenshot("organiser-late-start-en");
        page.locator("#panel-alerts a[href$='/courses/" + late + "']").click();
        page.waitForURL("**/courses/" + late);
    }

    private void shots(String role) {
        page.navigate("/?lang=zh");
        screenshot(role + "-zh");
        Page phone = phone();
        phone.navigate("/?lang=zh");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("HomeJourneyTests-" + role + "-phone-zh.png"))
                .setFullPage(true));
        assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(360);
        phone.navigate("/?lang=en");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("HomeJourneyTests-" + role + "-phone-en.png"))
                .setFullPage(true));
        phone.context().close();
        page.navigate("/?lang=en");
        assertThat(page.locator("h1").textContent()).startsWith("Welcome");
        screenshot(role + "-en");
        page.navigate("/?lang=zh");
    }

    private void signIn(Page on, String username) {
        on.navigate("/login");
        on.locator("#username").fill(username);
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }

    private void signOut() {
        page.context().clearCookies();
    }

    /** A phone sharing the desktop's session cookie, so it shows the same person's home. */
    private Page phone() {
        BrowserContext context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setLocale("zh-CN")
                        .setViewportSize(360, 740)
                        .setIsMobile(true));
        context.addCookies(page.context().cookies());
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }
}
