package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.cadretraining.account.AccountWebTest;
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
 * A staff device reads a trainee's printed badge with the camera through the JavaScript decoder (ZXing's, from npm),
 * with the browser's own BarcodeDetector switched off, as on iOS Safari, Firefox or Chrome on Windows: the camera
 * films the badge's QR code (a video made from the badge the page itself holds) and the trainee is checked in.
 */
@Import(AccountWebTest.Support.class)
class BadgeCameraJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Badge camera password 2026";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

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

    @Test
    void theCameraReadsABadgeWithTheJavaScriptDecoderAndChecksTheTraineeIn() throws Exception {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        long courseId = fixture.course(today);
        long itemId = fixture.item(courseId, today, "08:30", "11:30", "LECTURE");
        fixture.trainee(courseId, "白静");
        fixture.trainee(courseId, "李明");
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);

        // the badge code the device page itself holds for 白静, filmed by the camera
        page.navigate("/login");
        signIn(page);
        String devicePage = "/attendance/courses/" + courseId + "/items/" + itemId + "/device";
        page.navigate(devicePage);
        String badge = page.locator(".roster [data-name='白静']").getAttribute("data-badge");
        assertThat(badge).isNotBlank();
        Path video = Files.createTempFile("badge-", ".y4m");
        writeVideo(badge, video);

        Page device = pageWithCamera(video, 1280, 800);
        device.addInitScript("window.__qrCameraForceZxing = true;");
        signIn(device);
        device.navigate(devicePage);
        assertThat(device.locator("#camera")).isVisible();
        device.locator("#camera").click();
        // recorded at 09:00 in Beijing, shown in the institution's time although this browser is set to UTC
        assertThat(device.locator(".roster [data-name='白静'] .scan-state")).containsText("已记录 09:00");
        assertThat(device.locator(".roster [data-name='李明'] .scan-state")).not().containsText("已记录");
        assertThat((Boolean) device.evaluate("() => !!window.ZXing")).isTrue();
        device.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-device.png"))
                .setFullPage(true));
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    private void signIn(Page on) {
        on.navigate("/login");
        on.locator("#username").fill("organiser");
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }

    /** A few seconds of a camera looking at the QR code on white: YUV 4:2:0 frames, grey only. */
    private static void writeVideo(String text, Path file) throws IOException, WriterException {
        BitMatrix qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 360, 360);
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        int left = (WIDTH - qr.getWidth()) / 2;
        int top = (HEIGHT - qr.getHeight()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    luma[(top + y) * WIDTH + left + x] = (byte) 16;
                }
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 20; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
