package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.documents.print.DeskFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organiser finds the room list among the course's documents, pastes rows from a spreadsheet, sees the bad row
 * named before anything is saved, corrects it, confirms, and sees who sleeps where, in Chinese and in English.
 */
@Import(AccountWebTest.Support.class)
class RoomsJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Rooms password 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void anOrganiserPastesRoomsPreviewsCorrectsAndConfirms() {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 12);
        accounts.ready("rooms-organiser", PASSWORD, Role.ORGANISER);
        page.navigate("/login");
        page.locator("#username").fill("rooms-organiser");
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");

        page.navigate("/courses/" + world.course);
        assertThat(page.locator(".course-downloads")).containsText("胸牌（PDF）");
        assertThat(page.locator(".course-downloads")).containsText("桌签（PDF）");
        screenshot("course-downloads");
        page.locator(".course-downloads a[href$='/rooms']").click();
        page.waitForURL("**/courses/" + world.course + "/rooms");
        assertThat(page.locator("h1")).hasText("住宿安排表");

        page.locator("#room-lines").fill(world.staffNumber(0) + "\t1号楼\t301\n李晓梅\t1号楼\t301\n无此人\t1号楼\t302");
        page.locator("#rooms-form button[type=submit]").click();
        assertThat(page.locator("#room-preview")).containsText("第 3 行：“无此人”不是本班学员的工号或姓名。");
        assertThat(page.locator("#room-preview button.btn-success")).hasCount(0);
        assertThat(page.locator("#room-lines"))
                .hasValue(world.staffNumber(0) + "\t1号楼\t301\n李晓梅\t1号楼\t301\n无此人\t1号楼\t302");
        screenshot("preview-bad-row");

        page.locator("#room-lines")
                .fill(world.staffNumber(0) + "\t1号楼\t301\n李晓梅\t1号楼\t301\n" + world.staffNumber(2) + "\t1号楼\t302");
        page.locator("#rooms-form button[type=submit]").click();
        screenshot("preview");
        page.locator("#room-preview button.btn-success").click();
        page.waitForURL("**/courses/" + world.course + "/rooms");
        assertThat(page.locator(".alert-success")).hasText("已保存 3 人的住宿安排。");
        assertThat(page.locator("main")).containsText("王强、李晓梅");
        screenshot("saved-zh");

        page.navigate("/courses/" + world.course + "/rooms?lang=en");
        assertThat(page.locator("h1")).hasText("Room list");
        assertThat(page.locator("main")).containsText("王强, Li Xiaomei");
        screenshot("saved-en");
    }
}
