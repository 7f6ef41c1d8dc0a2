package org.cadretraining.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A journey through the real application in Debian's Chromium, driven by Playwright. Every test method gets the
 * application on a random port with an empty embedded database of its own, so it starts from the first start:
 * only the administrator exists, with the one-time password printed to the console.
 *
 * <p>Chromium is taken from {@code /usr/bin/chromium} (or the {@code CHROMIUM} environment variable); Playwright
 * downloads nothing. Without Chromium the tests are skipped, except under CI ({@code CI=true}), where that fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ConsoleRecorder.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** What {@link #signInAsAdministratorForTheFirstTime()} sets in place of the one-time password. */
    protected static final String ADMIN_NEW_PASSWORD = "A new password for 2026";

    private static Playwright playwright;
    private static Browser browser;
    private static Path chromiumPath;
    private Browser cameraBrowser;

    @LocalServerPort
    private int port;

    @Autowired
    private ConsoleRecorder console;

    private BrowserContext context;
    /** The page of this test, its relative URLs resolved against the running application. */
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        chromiumPath = chromium;
        if (!Files.isExecutable(chromium)) {
            String reason = "Browser tests need Chromium at " + chromium + " (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        // Also set for the driver here, so that a run outside Maven (an IDE) downloads no browser either.
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
            playwright = null;
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("zh-CN")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        if (cameraBrowser != null) {
            cameraBrowser.close();
            cameraBrowser = null;
        }
    }

    /**
     * A page in a Chromium of its own whose camera films the given video (a Y4M file, looped), with the camera
     * allowed: for pages that read QR codes from the camera.
     */
    protected Page pageWithCamera(Path y4m, int width, int height) {
        cameraBrowser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromiumPath)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--use-fake-ui-for-media-stream",
                                "--use-fake-device-for-media-stream",
                                "--use-file-for-fake-video-capture=" + y4m.toAbsolutePath())));
        BrowserContext camera = cameraBrowser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("zh-CN")
                .setViewportSize(width, height)
                .setPermissions(List.of("camera")));
        camera.setDefaultTimeout(15_000);
        return camera.newPage();
    }

    /** WeChat's built-in browser on Android: how most trainees open a link or a scanned code. */
    protected static final String WECHAT_USER_AGENT = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like"
            + " Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47";

    /** A phone of 360 by 740 pixels with WeChat's built-in browser, not signed in (cookies of its own). */
    protected Page wechatPhone() {
        BrowserContext context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setLocale("zh-CN")
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setUserAgent(WECHAT_USER_AGENT));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The administrator's one-time password that this test's application printed when it started. */
    protected String oneTimeAdminPassword() {
        return console.oneTimePassword()
                .orElseThrow(() -> new AssertionError("The application printed no one-time password"));
    }

    /**
     * Signs in as the administrator with the printed one-time password and replaces it, as on the first start.
     * Leaves the page on the home page; returns the new password.
     */
    protected String signInAsAdministratorForTheFirstTime() {
        page.navigate("/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill(oneTimeAdminPassword());
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL("**/account/password");
        page.locator("#currentPassword").fill(oneTimeAdminPassword());
        page.locator("#newPassword").fill(ADMIN_NEW_PASSWORD);
        page.locator("#confirmPassword").fill(ADMIN_NEW_PASSWORD);
        page.locator("form[action$='/account/password'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
        return ADMIN_NEW_PASSWORD;
    }

    /** Signs in on the given page with an account that is ready (no password to change); leaves it on the home page. */
    protected void signIn(Page on, String username, String password) {
        on.navigate("/login");
        on.locator("#username").fill(username);
        on.locator("#password").fill(password);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }

    /** Saves the whole page as {@code target/screenshots/<TestClass>-<name>.png}. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png");
        page.evaluate("document.fonts.ready"); // icons and CJK glyphs come from web fonts loaded late
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
