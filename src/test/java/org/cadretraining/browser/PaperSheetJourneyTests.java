package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * A morning without devices: the organiser of a running 5-day course for Party branch secretaries (40 trainees)
 * opens the attendance grid, records yesterday's morning lecture from its paper sign-in sheet with two exceptions,
 * previews, confirms, and sees the statuses in the grid; in Chinese, then the same pages in English.
 */
@Import(AccountWebTest.Support.class)
class PaperSheetJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Paper sheet password 2026";

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

    private long courseId;
    private long lecture;
    private long discussion;
    private final List<Long> trainees = new ArrayList<>();

    @BeforeEach
    void runningCourse() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        courseId = fixture.course("基层党支部书记专题培训班", today.minusDays(2), today.plusDays(2), "IN_PROGRESS");
        lecture = fixture.item(courseId, today.minusDays(1), "08:30", "11:30", "LECTURE");
        discussion = fixture.item(courseId, today.minusDays(2), "14:30", "17:00", "GROUP_DISCUSSION");
        fixture.item(courseId, today.plusDays(1), "08:30", "11:30", "FIELD_STUDY");
        for (int i = 1; i <= 40; i++) {
            trainees.add(fixture.trainee(courseId, "支部书记" + i));
        }
        accounts.ready("sheetorganiser", PASSWORD, Role.ORGANISER);
    }

    @Test
    void anOrganiserRecordsAWholeItemFromTheGridWithTwoExceptions() {
        signIn();
        page.navigate("/attendance/courses/" + courseId);
        page.locator("a[data-sheet-link][href$='/items/" + lecture + "/sheet']").click();
        page.waitForURL("**/items/" + lecture + "/sheet");
        assertThat(page.locator("h1")).hasText("按纸质签到表记录本项考勤");

        row(trainees.get(2)).locator("[data-sheet-pick]").check();
        page.locator("#sheet-set-status").selectOption("ABSENT");
        page.locator("[data-sheet-set]").click();
        row(trainees.get(5)).locator("[data-sheet-status]").selectOption("LATE");
        row(trainees.get(5)).locator("input[type=time]").fill("09:15");
        page.locator("#note").fill("纸质签到表 昨日上午");
        screenshot("form-zh");

        page.locator("#sheet-preview-button").click();
        assertThat(page.locator("#sheet-preview")).containsText("将写入 40 项次：出勤 38 项次，例外 2 项次");
        assertThat(page.locator("#sheet-preview")).containsText("支部书记3：缺勤");
        assertThat(page.locator("#sheet-preview")).containsText("支部书记6：迟到 09:15");
        screenshot("preview-zh");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/attendance/courses/" + courseId);
        assertThat(page.locator(".alert-success")).containsText("已按纸质签到表记录该项考勤");
        assertThat(cell(trainees.get(2))).hasAttribute("data-status", "ABSENT");
        assertThat(cell(trainees.get(5))).hasAttribute("data-status", "LATE");
        assertThat(cell(trainees.get(0))).hasAttribute("data-status", "PRESENT");
        assertThat(cell(trainees.get(39))).hasAttribute("data-status", "PRESENT");
        screenshot("grid-zh");

        page.navigate("/attendance/courses/" + courseId + "?lang=en");
        assertThat(cell(trainees.get(2))).hasText("Absent");
        screenshot("grid-en");
        page.navigate("/attendance/courses/" + courseId + "/items/" + lecture);
        assertThat(page.locator("#history")).containsText("Paper sign-in sheet (whole item)");
        screenshot("item-en");
        page.navigate("/attendance/courses/" + courseId + "/items/" + lecture + "/sheet");
        assertThat(page.locator("h1")).hasText("Record this item from its paper sign-in sheet");
        assertThat(row(trainees.get(2))).containsText("Attendance already recorded, kept as it is");
        page.locator("#sheet-preview-button").click();
        assertThat(page.locator("#sheet-problems")).containsText("there is nothing to write");

        page.navigate("/attendance/courses/" + courseId + "/items/" + discussion + "/sheet");
        row(trainees.get(9)).locator("[data-sheet-status]").selectOption("LEFT_EARLY");
        row(trainees.get(9)).locator("input[type=time]").fill("16:20");
        page.locator("#note").fill("paper sheet, afternoon discussion");
        screenshot("form-en");
        page.locator("#sheet-preview-button").click();
        assertThat(page.locator("#sheet-preview"))
                .containsText("40 cells will be written: 39 present, 1 as an exception");
        screenshot("preview-en");
    }

    private Locator row(long cadreId) {
        return page.locator("tr[data-sheet-row][data-cadre='" + cadreId + "']");
    }

    private Locator cell(long cadreId) {
        return page.locator("tr[data-cadre='" + cadreId + "'] td[data-item='" + lecture + "'] .attendance-status");
    }

    private void signIn() {
        page.navigate("/login");
        page.locator("#username").fill("sheetorganiser");
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }
}
