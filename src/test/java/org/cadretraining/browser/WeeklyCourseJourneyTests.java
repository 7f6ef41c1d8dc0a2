package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
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
 * A weekly evening course (eight Thursdays, 8 April to 27 May) on the organiser's phone: the programme shows its eight
 * evenings with the weeks between drawn together, not fifty day headings of which forty-two say nothing is planned;
 * its dates say how many of the fifty days have items, and sign-in sheets are offered for the eight evenings only.
 */
@Import(AccountWebTest.Support.class)
class WeeklyCourseJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Weekly course password 2027";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    TestAccounts accounts;

    @Test
    void aWeeklyEveningCourseShowsItsEveningsAndDrawsTheWeeksBetweenTogether() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate first = LocalDate.of(2027, 4, 8);
        long course = fixture.course("机关党务干部业务能力提升班", first, first.plusWeeks(7), "NOMINATIONS_OPEN");
        for (int week = 0; week < 8; week++) {
            fixture.item(course, first.plusWeeks(week), "19:00", "21:00", "LECTURE");
        }
        accounts.ready("weekly-organiser", PASSWORD, Role.ORGANISER);
        page.setViewportSize(360, 740);
        signIn(page, "weekly-organiser", PASSWORD);

        page.navigate("/courses/" + course);
        assertThat(page.locator(".course-facts")).containsText("（共 50 天，其中 8 天有日程）");
        assertThat(page.locator(".programme-day")).hasCount(8);
        assertThat(page.locator(".programme-gap")).hasCount(7);
        assertThat(page.locator(".programme-gap").first()).containsText("4月9日 星期五至4月14日 星期三（6天）尚无日程");
        assertThat(page.locator("#day-2027-05-27")).containsText("19:00");
        assertThat(page.locator("a[href*='/sign-in/']")).hasCount(8);
        assertThat(page.locator("a[href$='/sign-in/2027-04-09.pdf']")).hasCount(0);
        screenshot("weekly-programme-phone");
    }
}
