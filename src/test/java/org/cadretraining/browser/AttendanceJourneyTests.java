package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Check-in in the browser: a trainee opens the address in the screen's rotating QR code on their (signed-in)
 * phone; a staff device goes offline, checks in five people, shows them waiting, and sends them when the network
 * is back, with nothing lost or counted twice, even when the same batch is sent again.
 */
@Import(AccountWebTest.Support.class)
class AttendanceJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Attendance password 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    private AttendanceFixture fixture;
    private long courseId;
    private long itemId;

    @BeforeEach
    void course() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        courseId = fixture.course(today);
        itemId = fixture.item(courseId, today, "08:30", "11:30", "FIELD_STUDY");
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
    }

    @Test
    void aTraineeChecksInFromTheRotatingCodeOnTheScreen() throws Exception {
        long trainee = fixture.trainee(courseId, "白静");
        accounts.ready("baijing", PASSWORD, EnumSet.of(Role.CADRE), trainee, null);
        signIn(page, "organiser");

        page.navigate("/attendance/courses/" + courseId + "/items/" + itemId + "/screen");
        String url = page.locator("#screen-code").getAttribute("data-check-in-url");
        assertThat(url).startsWith(baseUrl() + "/check-in?code=" + itemId + ".");
        assertThat(decode(page.locator("#screen-code img").getAttribute("src"))).isEqualTo(url);
        screenshot("screen");

        Page phone = newContext(390, 844);
        try {
            signIn(phone, "baijing");
            phone.navigate(url);
            assertThat(phone.locator("#check-in-outcome")).hasAttribute("data-outcome", "RECORDED");
            assertThat(phone.locator("#check-in-outcome")).containsText("签到成功");
            screenshotOf(phone, "phone");
            phone.navigate(url.replace("code=", "code=x"));
            assertThat(phone.locator("#check-in-outcome")).hasAttribute("data-outcome", "REFUSED");
            assertThat(phone.locator("#check-in-refusal")).containsText("签到码无效");
        } finally {
            phone.context().close();
        }
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    @Test
    void aStaffDeviceChecksInFivePeopleOfflineAndSendsThemOnceWhenBackOnline() {
        List<String> names = List.of("李明", "王芳", "赵强", "孙丽", "周杰", "吴敏");
        names.forEach(name -> fixture.trainee(courseId, name));
        signIn(page, "organiser");
        page.navigate("/attendance/courses/" + courseId + "/items/" + itemId + "/device");
        assertThat(page.locator(".roster [data-cadre]")).hasCount(6);
        page.evaluate("navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : true");

        page.context().setOffline(true);
        assertThat(page.locator("#network")).isVisible();
        for (String name : names.subList(0, 5)) {
            page.locator(".roster [data-name='" + name + "'] .tap").click();
        }
        assertThat(page.locator("#queue-count")).hasText("5");
        assertThat(page.locator("#queue")).containsText("5 条待发送");
        screenshot("offline");
        String queued = (String) page.evaluate("""
                async () => {
                  const db = await new Promise((ok) => { const r = indexedDB.open("attendance", 1); r.onsuccess = () => ok(r.result); });
                  const all = await new Promise((ok) => { const r = db.transaction("queue").objectStore("queue").getAll(); r.onsuccess = () => ok(r.result); });
                  return JSON.stringify(all);
                }""");
        assertThat(fixture.checkIns(itemId)).isZero();

        page.context().setOffline(false);
        assertThat(page.locator("#queue-count")).hasText("0");
        assertThat(page.locator(".roster [data-name='李明'] .scan-state")).containsText("已记录");
        assertThat(fixture.checkIns(itemId)).isEqualTo(5);
        screenshot("synced");

        // the same scans again from the same device (a scan id is bound to its device, person and item)
        Object again = page.evaluate("""
                async (scans) => {
                  const device = document.getElementById("device");
                  const response = await fetch(device.dataset.scansUrl, {
                    method: "POST",
                    headers: { "Content-Type": "application/json", Authorization: "Bearer " + device.dataset.token },
                    body: JSON.stringify({ device: localStorage.getItem("attendance-device"), scans: JSON.parse(scans) }) });
                  return (await response.json()).results.map((r) => r.outcome).join(",");
                }""", queued);
        assertThat(again).isEqualTo("DUPLICATE,DUPLICATE,DUPLICATE,DUPLICATE,DUPLICATE");
        assertThat(fixture.checkIns(itemId)).isEqualTo(5);
        assertThat(jdbc.sql("select count(distinct cadre_id) from attendance_check where agenda_item_id = ?")
                        .param(itemId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(fixture.audited(itemId, "RECORDED")).isEqualTo(5);
        assertThat(fixture.audited(itemId, "DUPLICATE")).isEqualTo(5);

        // the page itself opens without a network once the service worker has kept it
        page.evaluate("navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        page.reload();
        page.context().setOffline(true);
        page.reload();
        assertThat(page.locator(".roster [data-cadre]")).hasCount(6);
        page.locator(".roster [data-name='吴敏'] .tap").click();
        assertThat(page.locator("#queue-count")).hasText("1");
        page.context().setOffline(false);
        assertThat(page.locator("#queue-count")).hasText("0");
        assertThat(fixture.checkIns(itemId)).isEqualTo(6);

        page.navigate("/attendance/courses/" + courseId + "/items/" + itemId);
        assertThat(page.locator("#count-in")).hasText("6");
        assertThat(page.locator("#not-arrived")).containsText("无");
        screenshot("headcount");
    }

    private void signIn(Page on, String username) {
        on.navigate("/login");
        on.locator("#username").fill(username);
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }

    private Page newContext(int width, int height) {
        BrowserContext context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setLocale("zh-CN")
                        .setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    private void screenshotOf(Page other, String name) {
        other.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"))
                .setFullPage(true));
    }

    private static String decode(String dataUri) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
