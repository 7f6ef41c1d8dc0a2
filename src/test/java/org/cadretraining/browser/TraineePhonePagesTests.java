package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
 * The pages a trainee uses on the day (their courses, the course with today's items, asking for leave, the
 * materials) fit a 360-pixel phone in WeChat's browser, in Chinese and English: nothing wider than the screen, so
 * nothing to scroll sideways, and every page answers.
 */
@Import(AccountWebTest.Support.class)
class TraineePhonePagesTests extends BrowserTest {

    private static final String PASSWORD = "Trainee phone password 2026";

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
    void theTraineesPagesFitA360PixelPhoneInBothLanguages() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long courseId = fixture.course(LocalDate.now(clock));
        fixture.itemOpenNow(courseId, clock, "LECTURE");
        long trainee = fixture.trainee(courseId, "白静");
        accounts.ready("baijing", PASSWORD, EnumSet.of(Role.CADRE), trainee, null);
        List<String> pages = List.of(
                "/my/courses",
                "/courses/" + courseId,
                "/courses/" + courseId + "/leave",
                "/courses/" + courseId + "/materials");

        for (String language : List.of("zh", "en")) {
            Page phone = wechatPhone();
            try {
                phone.navigate("/login?lang=" + language);
                phone.locator("#username").fill("baijing");
                phone.locator("#password").fill(PASSWORD);
                phone.locator("form[action$='/login'] button[type=submit]").click();
                phone.waitForURL(baseUrl() + "/");
                for (String path : pages) {
                    var response = phone.navigate(path);
                    assertThat(response.status()).as(path).isEqualTo(200);
                    int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
                    phone.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + language
                                    + path.replaceAll("[^a-z]+", "-") + ".png"))
                            .setFullPage(true));
                    assertThat(width).as(language + " " + path).isLessThanOrEqualTo(360);
                }
            } finally {
                phone.context().close();
            }
        }
    }
}
