package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
 * The organiser's pages of trustworthy check-in, in Chinese and English: the screen before the afternoon lecture
 * opens (the window, no code), the failed-scan log after a scan from 2020 and a reused scan id, and the course's
 * device tokens with one revoked. Screenshots go to target/screenshots.
 */
@Import(AccountWebTest.Support.class)
class CheckInTrustPagesTests extends BrowserTest {

    private static final String PASSWORD = "Check-in password 2026";
    private static final LocalDate DAY = LocalDate.of(2026, 5, 19);

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
    void theScreenOutsideTheWindowTheFailedScanLogAndTheDeviceTokens() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long courseId = fixture.course("基层党支部书记专题培训班", DAY.minusDays(1), DAY.plusDays(3), "IN_PROGRESS");
        long lecture = fixture.item(courseId, DAY, "14:00", "17:00", "LECTURE");
        long liMing = fixture.trainee(courseId, "李明");
        long wangFang = fixture.trainee(courseId, "王芳");
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        at("07:04");
        signIn();

        page.navigate("/attendance/courses/" + courseId + "/items/" + lecture + "/screen?lang=zh");
        assertThat(page.locator("#screen-closed")).containsText("签到尚未开始");
        assertThat(page.locator("#screen-window")).hasText("签到时间：13:30 至 17:00");
        assertThat(page.locator("#screen-code img")).hasCount(0);
        screenshot("screen-closed-zh");
        page.navigate("/attendance/courses/" + courseId + "/items/" + lecture + "/screen?lang=en");
        assertThat(page.locator("#screen-window")).hasText("Check-in: 13:30 to 17:00");
        screenshot("screen-closed-en");

        at("14:10");
        page.navigate("/attendance/courses/" + courseId + "?lang=zh");
        String outcomes = (String) page.evaluate(
                """
                async ([course, item, first, second]) => {
                  const csrf = document.querySelector('meta[name="_csrf"]').content;
                  const renewed = await fetch(`/attendance/courses/${course}/device/token`, {
                    method: "POST", headers: { "X-CSRF-TOKEN": csrf, "Content-Type": "application/x-www-form-urlencoded" },
                    body: "token=" });
                  const { token, now } = await renewed.json();
                  const id = crypto.randomUUID();
                  const scan = (scanId, cadreId, at) => ({ scanId, itemId: Number(item), cadreId: Number(cadreId), direction: "IN", method: "STAFF_TAP", at });
                  const answer = await fetch(`/api/v1/attendance/courses/${course}/scans`, {
                    method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
                    body: JSON.stringify({ device: "tablet-7", scans: [
                      scan(id, first, now), scan(id, second, now), scan(crypto.randomUUID(), second, "2020-01-01T00:00:00Z")] }) });
                  return (await answer.json()).results.map((r) => r.reasonCode || r.outcome).join(",");
                }""",
                java.util.List.of(
                        String.valueOf(courseId),
                        String.valueOf(lecture),
                        String.valueOf(liMing),
                        String.valueOf(wangFang)));
        assertThat(outcomes).isEqualTo("RECORDED,scan_id_conflict,outside_window");

        page.navigate("/attendance/courses/" + courseId + "/items/" + lecture);
        page.locator("#failed-scans-link").click();
        assertThat(page.locator("#failed-scans tbody tr")).hasCount(2);
        assertThat(page.locator("#failed-scans")).containsText("此扫描编号已用于李明，不能再用于王芳");
        assertThat(page.locator("#failed-scans")).containsText("2020-01-01 08:00");
        screenshot("failed-scans-zh");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#failed-scans")).containsText("This scan id was already used for");
        screenshot("failed-scans-en");

        page.navigate("/attendance/courses/" + courseId + "?lang=zh");
        assertThat(page.locator("#window-default")).containsText("环节开始前 30 分钟开放签到");
        screenshot("course-rules-zh");
        page.locator("#devices-link").click();
        assertThat(page.locator("#device-grants tbody tr[data-state=ACTIVE]")).hasCount(1);
        screenshot("device-tokens-active-zh");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#device-grants button[data-confirm]").first().click();
        assertThat(page.locator("#device-grants tbody tr[data-state=REVOKED]")).hasCount(1);
        assertThat(page.locator("body")).containsText("设备凭证已收回");
        screenshot("device-tokens-zh");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#device-grants")).containsText("Revoked by organiser");
        screenshot("device-tokens-en");
    }

    @Test
    void aDeviceOfflineLongerThanItsTokenRenewsItAndItsQueueStillCounts() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long courseId = fixture.course("基层党支部书记专题培训班", DAY.minusDays(1), DAY.plusDays(3), "IN_PROGRESS");
        long lecture = fixture.item(courseId, DAY, "14:00", "17:00", "LECTURE");
        fixture.trainee(courseId, "李明");
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        at("14:10");
        signIn();
        page.navigate("/attendance/courses/" + courseId + "/items/" + lecture + "/device");
        page.waitForCondition(() -> token().startsWith("D"));

        page.context().setOffline(true);
        page.locator(".roster [data-name='李明'] .tap").click();
        assertThat(page.locator("#queue-count")).hasText("1");
        assertThat(fixture.checkIns(lecture))
                .as("nothing reaches the server while offline")
                .isZero();
        // the server's clock moves past the token's two hours while the device is away
        at("16:30");
        page.context().setOffline(false);
        // the first send meets an expired token and renews it; the next one goes through under the same grant
        long expiredAt = Long.parseLong(token().split("\\.")[2]);
        renewedAfter(expiredAt);
        page.locator("#sync").click();
        assertThat(page.locator("#queue-count")).hasText("0");
        // shown in the institution's time, whatever the device's time zone (Chromium here runs in UTC)
        assertThat(page.locator(".roster [data-name='李明'] .scan-state")).containsText("已记录 14:10");
        assertThat(fixture.checkIns(lecture)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance_device_grant where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select checked_at from attendance_check where agenda_item_id = ?")
                        .param(lecture)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isBefore(LocalDateTime.of(DAY, LocalTime.of(14, 15))
                        .atZone(clock.getZone())
                        .toInstant());
        screenshot("device-renewed");
    }

    /**
     * Waits for the device to renew its token, as the user would: the send when the network came back, or the sync
     * button pressed every few seconds after it. Fails with what the page says when it never does.
     */
    private void renewedAfter(long expiredAt) {
        for (int tries = 0; tries < 10; tries++) {
            try {
                page.waitForCondition(
                        () -> Long.parseLong(token().split("\\.")[2]) > expiredAt,
                        new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(3_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                page.locator("#sync").click();
            }
        }
        throw new AssertionError("The device never renewed its token; the page says: "
                + page.locator("#sync-problem").textContent() + " (queued: "
                + page.locator("#queue-count").textContent() + ", online: " + page.evaluate("navigator.onLine") + ")");
    }

    private String token() {
        String token = page.locator("#device").getAttribute("data-token");
        return token == null ? "" : token;
    }

    private void at(String time) {
        clock.setTo(LocalDateTime.of(DAY, LocalTime.parse(time))
                .atZone(clock.getZone())
                .toInstant());
    }

    private void signIn() {
        page.navigate("/login");
        page.locator("#username").fill("organiser");
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }
}
