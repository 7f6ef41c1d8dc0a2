package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The path most trainees take: the phone's camera (or WeChat's scanner) opens the screen's check-in link on a phone
 * that is not signed in. The trainee signs in 40 seconds later, long after the rotating code has changed, and is
 * checked in at the moment of the scan; the page is a small one that fits a 360-pixel phone, and a second scan says
 * when they checked in. A sign-in that comes after the grace period is refused with the reason.
 */
@Import(AccountWebTest.Support.class)
class PhoneScanJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Phone scan password 2026";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

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
    void aTraineeWhoSignsInFortySecondsAfterScanningIsCheckedInAtTheScansTime() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long courseId = fixture.course(java.time.LocalDate.now(clock));
        long itemId = fixture.itemOpenNow(courseId, clock, "LECTURE");
        long trainee = fixture.trainee(courseId, "白静");
        long late = fixture.trainee(courseId, "李明");
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("baijing", PASSWORD, EnumSet.of(Role.CADRE), trainee, null);
        accounts.ready("liming", PASSWORD, EnumSet.of(Role.CADRE), late, null);

        signIn(page, "organiser");
        page.navigate("/attendance/courses/" + courseId + "/items/" + itemId + "/screen");
        String url = page.locator("#screen-code").getAttribute("data-check-in-url");
        Instant scannedAt = clock.instant();
        String scanTime = scannedAt.atZone(ZoneId.of("Asia/Shanghai")).format(HH_MM);

        Page phone = wechatPhone();
        try {
            phone.navigate(url);
            phone.waitForURL("**/login");
            clock.advance(Duration.ofSeconds(40));
            signInHere(phone, "baijing");
            assertThat(phone.locator("#check-in-outcome")).hasAttribute("data-outcome", "RECORDED");
            assertThat(phone.locator("#check-in-outcome")).containsText("签到成功 " + scanTime);
            assertThat(phone.locator(".navbar .navbar-toggler")).hasCount(0);
            int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).isLessThanOrEqualTo(360);
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-phone.png"))
                    .setFullPage(true));

            // the same link again, or a new scan: already checked in, at the scan's time
            phone.reload();
            assertThat(phone.locator("#check-in-outcome")).containsText("您已于 " + scanTime + " 签到");
            page.reload();
            phone.navigate(page.locator("#screen-code").getAttribute("data-check-in-url"));
            assertThat(phone.locator("#check-in-outcome")).containsText("您已于 " + scanTime + " 签到");
        } finally {
            phone.context().close();
        }
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
        Instant recorded = jdbc.sql("select checked_at from attendance_check where agenda_item_id = ? and cadre_id = ?")
                .params(itemId, trainee)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(recorded).isEqualTo(scannedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        // a trainee who signs in only after the grace period (5 minutes) is told to scan again
        page.reload();
        String another = page.locator("#screen-code").getAttribute("data-check-in-url");
        Page slow = wechatPhone();
        try {
            slow.navigate(another);
            slow.waitForURL("**/login");
            clock.advance(Duration.ofMinutes(6));
            signInHere(slow, "liming");
            assertThat(slow.locator("#check-in-outcome")).hasAttribute("data-outcome", "REFUSED");
            assertThat(slow.locator("#check-in-refusal")).containsText("超过 5 分钟");
        } finally {
            slow.context().close();
        }
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    private void signIn(Page on, String username) {
        on.navigate("/login");
        signInHere(on, username);
        on.waitForURL(baseUrl() + "/");
    }

    private static void signInHere(Page on, String username) {
        on.locator("#username").fill(username);
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
    }
}
