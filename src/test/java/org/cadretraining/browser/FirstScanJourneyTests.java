package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
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
 * The first evening of a course whose trainees have never signed in: a trainee scans the screen's code, signs in
 * with the one-time password they were given, chooses their own password as they must, and is checked in; the
 * choice of password does not swallow the scan.
 */
@Import(AccountWebTest.Support.class)
class FirstScanJourneyTests extends BrowserTest {

    private static final String PASSWORD = "First scan password 2027";
    private static final String ONE_TIME = "One-time password 2027";

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
    void aTraineeWhoMustFirstChooseAPasswordIsStillCheckedInByTheirScan() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long courseId = fixture.course(java.time.LocalDate.now(clock));
        long itemId = fixture.itemOpenNow(courseId, clock, "LECTURE");
        long trainee = fixture.trainee(courseId, "刘芳");
        accounts.ready("first-scan-organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("liufang", ONE_TIME, EnumSet.of(Role.CADRE), trainee, null);
        jdbc.sql("update account set must_change_password = true where username = 'liufang'")
                .update();

        signIn(page, "first-scan-organiser", PASSWORD);
        page.navigate("/attendance/courses/" + courseId + "/items/" + itemId + "/screen");
        String url = page.locator("#screen-code").getAttribute("data-check-in-url");

        Page phone = wechatPhone();
        try {
            phone.navigate(url);
            phone.waitForURL("**/login");
            phone.locator("#username").fill("liufang");
            phone.locator("#password").fill(ONE_TIME);
            phone.locator("form[action$='/login'] button[type=submit]").click();
            phone.waitForURL("**/account/password");
            phone.locator("#currentPassword").fill(ONE_TIME);
            phone.locator("#newPassword").fill(PASSWORD);
            phone.locator("#confirmPassword").fill(PASSWORD);
            phone.locator("form[action$='/account/password'] button[type=submit]")
                    .click();
            assertThat(phone.locator("#check-in-outcome")).hasAttribute("data-outcome", "RECORDED");
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-phone.png"))
                    .setFullPage(true));
        } finally {
            phone.context().close();
        }
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }
}
