package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A field study counted at the bus door: the organiser sets two buses and seats each study group in one, counts
 * everyone at departure on a staff device but one, and the phone at the bus door (390 px) names the one missing on
 * bus 1, then sees them counted without reloading.
 */
@Import(AccountWebTest.Support.class)
class FieldHeadcountJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Field study password 2026";

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
    void courseWithAVisitToTheMemorialHall() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = fixture.course(LocalDate.now(clock));
        itemId = fixture.itemOpenNow(courseId, clock, "FIELD_STUDY");
        jdbc.sql("update agenda_item set title_zh = '辽沈战役纪念馆现场教学', title_en = 'Liaoshen Campaign memorial hall'"
                        + " where id = ?")
                .param(itemId)
                .update();
        List.of("李明", "王芳", "赵强").forEach(name -> trainee(name, "一组"));
        List.of("孙丽", "周杰").forEach(name -> trainee(name, "二组"));
        accounts.ready("field-organiser", PASSWORD, Role.ORGANISER);
    }

    @Test
    void thePhoneAtTheBusDoorNamesTheOneMissingOnBusOneAndSeesThemCountedWithoutReloading() {
        signIn(page, "field-organiser");
        String item = "/attendance/courses/" + courseId + "/items/" + itemId;
        page.navigate(item + "/vehicles");
        addVehicle("1号车", "45");
        addVehicle("2号车", "");
        // a mistyped pasted name: each refused name with its reason, nobody seated, the paste kept
        page.locator("#seat-mode").selectOption("NAMES");
        page.locator("#seat-names").fill("李明\n李敏");
        page.locator("#seat-form button[type=submit]").click();
        assertThat(page.locator("#refused-names")).containsText("“李敏”不是本班学员");
        assertThat(page.locator("#seat-names")).hasValue("李明\n李敏");
        screenshot("vehicles-refused");
        seatGroup("1号车", "一组");
        assertThat(page.locator("#notice")).containsText("已分车 3 人");
        seatGroup("2号车", "二组");
        assertThat(page.locator(".seating[data-vehicle='none']")).hasCount(0);
        screenshot("vehicles");

        page.navigate(item + "/device");
        assertThat(page.locator("#leg-DEPART")).isChecked();
        assertThat(page.locator("#vehicle option")).hasCount(3);
        screenshot("device-legs");
        page.evaluate("navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : true");
        for (String name : List.of("李明", "赵强", "孙丽", "周杰")) {
            page.locator(".roster [data-name='" + name + "'] .tap").click();
            assertThat(page.locator("#queue-count")).hasText("0");
        }

        Page phone = phone();
        try {
            signIn(phone, "field-organiser");
            phone.navigate(item);
            Locator bus1 = phone.locator(".vehicle-headcount").filter(new Locator.FilterOptions().setHasText("1号车"));
            Locator bus2 = phone.locator(".vehicle-headcount").filter(new Locator.FilterOptions().setHasText("2号车"));
            assertThat(bus1.locator(".current-leg")).hasText("当前环节：出发");
            assertThat(bus1.locator(".missing-now")).containsText("此刻缺 1 人");
            assertThat(bus1.locator(".missing-names li")).hasText("王芳");
            assertThat(bus2.locator(".missing-now")).containsText("此刻全员到齐");
            screenshotOf(phone, "phone-zh");

            // 王芳 boards after all: the phone shows it by itself (the headcount polls)
            page.locator(".roster [data-name='王芳'] .tap").click();
            assertThat(page.locator("#queue-count")).hasText("0");
            // the headcount asks every 5 seconds: the change shows at the next ask after the scan was written
            assertThat(bus1.locator(".missing-now"))
                    .containsText(
                            "此刻全员到齐",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(12_000));
            assertThat(phone.locator("#field-headcount")).not().containsText("此刻缺");

            phone.navigate(item + "?lang=en");
            assertThat(bus1.locator(".current-leg")).hasText("Current leg: Depart");
            screenshotOf(phone, "phone-en");
        } finally {
            phone.context().close();
        }
        page.navigate(item);
        screenshot("item-zh");
        page.navigate(item + "?lang=en");
        screenshot("item-en");
        page.navigate(item + "/vehicles?lang=en");
        screenshot("vehicles-en");
        page.navigate(item + "/device?lang=en");
        screenshot("device-legs-en");
    }

    @Test
    void onANarrowPhoneTheNamesNotYetCountedWrapInsteadOfRunningOffTheCard() {
        for (int i = 1; i <= 15; i++) {
            trainee("学员" + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰".charAt(i - 1) + i, "三组");
        }
        signIn(page, "field-organiser");
        page.setViewportSize(360, 740);
        page.navigate("/attendance/courses/" + courseId + "/items/" + itemId);
        Locator table = page.locator(".vehicle-headcount .table-responsive").first();
        assertThat(table.locator(".leg-missing").first()).containsText("学员甲1");
        screenshot("phone-many-missing");
        // the card scrolls sideways only if the table is wider than it: the staff at the bus door must see every name
        Object overflow = table.evaluate("t => t.scrollWidth - t.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .isLessThanOrEqualTo(0);
    }

    @Test
    void theSeatPickerListsTheStudyGroupsInTheOrderTheyWereMadeAsTheGroupsPageDoes() {
        // made after 二组; by code point 三 (U+4E09) comes before 二 (U+4E8C)
        trainee("钱多", "三组");
        signIn(page, "field-organiser");
        String item = "/attendance/courses/" + courseId + "/items/" + itemId;
        page.navigate(item + "/vehicles?lang=zh");
        addVehicle("1号车", "45");
        page.locator("#seat-mode").selectOption("GROUP");
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("#seat-group option").allTextContents())
                .containsExactly("", "一组", "二组", "三组");
        screenshot("vehicles-groups-zh");
        page.navigate(item + "/vehicles?lang=en");
        screenshot("vehicles-groups-en");
    }

    private void trainee(String name, String group) {
        long enrolmentId = enrolment.enrol(courseId, fixture.cadre(name), CourseRole.PARTICIPANT);
        long groupId = jdbc.sql("insert into study_group (course_id, name) values (?, ?)"
                        + " on conflict (course_id, name) do update set name = excluded.name returning id")
                .params(courseId, group)
                .query(Long.class)
                .single();
        jdbc.sql("insert into study_group_member (group_id, enrolment_id) values (?, ?)")
                .params(groupId, enrolmentId)
                .update();
    }

    private void addVehicle(String name, String seats) {
        page.locator("#vehicle-name").fill(name);
        page.locator("#vehicle-capacity").fill(seats);
        page.locator("#vehicle-form button[type=submit]").click();
        assertThat(page.locator("#notice")).containsText(name);
    }

    private void seatGroup(String vehicle, String group) {
        page.locator("#seat-vehicle")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(vehicle));
        page.locator("#seat-mode").selectOption("GROUP");
        page.locator("#seat-group").selectOption(group);
        page.locator("#seat-form button[type=submit]").click();
        assertThat(page.locator("#notice")).isVisible();
    }

    private void signIn(Page on, String username) {
        signIn(on, username, PASSWORD);
    }

    private Page phone() {
        BrowserContext context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setLocale("zh-CN")
                        .setViewportSize(390, 844));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    private void screenshotOf(Page other, String name) {
        other.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"))
                .setFullPage(true));
    }
}
