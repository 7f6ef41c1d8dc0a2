package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The organiser drafts the year's plan on its page (two planned courses), submits it, records the Party committee's
 * approval, and creates a course from an approved item, landing on the new course's page; the plan then counts it as
 * held. A unit liaison reads the plan and their unit's places. The plan page and its coverage table are shot in
 * Chinese and English, on a desktop and on a phone.
 */
@Import(AccountWebTest.Support.class)
class AnnualPlanJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Annual plan journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    TestAccounts accounts;

    @Test
    void theOrganiserDraftsThePlanRecordsItsApprovalAndCreatesACourseFromAnItem() {
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        long unit = directory.registerUnit(new UnitDetails(
                prefix + "-OD",
                new LocalizedText("党委组织部", "Organisation Department"),
                UnitKind.DEPARTMENT,
                null,
                true));
        String organiser = "org" + prefix;
        accounts.ready(organiser, PASSWORD, Role.ORGANISER);
        accounts.ready("liaison" + prefix, PASSWORD, EnumSet.of(Role.UNIT_LIAISON), null, unit);

        signIn(organiser);
        page.navigate("/plan?year=2026&lang=zh");
        assertThat(page.locator("#plan-status").textContent()).contains("本年度尚无培训计划");
        addItem("基层党支部书记专题培训班", "Party branch secretaries", new String[] {"SECTION", "STAFF"}, "12", "12", "40", "30");
        addItem("学习贯彻党的二十届三中全会精神集中培训", "Studying the Third Plenum", new String[0], "12", "12", "140", "12");
        assertThat(page.locator("#plan-items").textContent()).contains("基层党支部书记专题培训班", "12月至12月");
        page.locator("#plan-submit").click();
        page.locator("#approvingBody").fill("中共某市委员会");
        page.locator("#approvedOn").fill("2026-11-20");
        page.locator("#plan-approve").click();
        assertThat(page.locator("#plan-approval").textContent()).contains("中共某市委员会", "2026-11-20");
        // the section level: 30 + 12 planned against 90 a year
        assertThat(page.locator("#plan-coverage tr[data-rank=SECTION][data-category=FULL_TIME]")
                        .textContent())
                .contains("42")
                .contains("不能，差 48");

        page.locator("#plan-items tr:has-text('基层党支部书记专题培训班') a").click();
        assertThat(page.locator("#startsOn").inputValue()).isEqualTo("2026-12-01");
        assertThat(page.locator("#endsOn").inputValue()).isEqualTo("2026-12-05");
        page.locator("#organiserUnitId").selectOption(String.valueOf(unit));
        page.locator("#startsOn").fill("2026-12-07");
        page.locator("#endsOn").fill("2026-12-11");
        screenshot("item-zh");
        page.locator("#plan-course-create").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+/edit"));
        assertThat(page.locator("#titleZh").inputValue()).isEqualTo("基层党支部书记专题培训班");
        assertThat(page.locator("#startsOn").inputValue()).isEqualTo("2026-12-07");

        page.navigate("/plan?year=2026&lang=zh");
        assertThat(page.locator("#plan-totals").textContent()).contains("合计（2 个计划项目）");
        assertThat(page.locator("#plan-items").textContent()).contains("2026-12-07 – 2026-12-11");
        screenshot("plan-zh");
        page.navigate("/plan?year=2026&lang=en");
        assertThat(page.locator("#plan-coverage").textContent()).contains("No, 48");
        screenshot("plan-en");
        page.locator("#plan-items tr[data-item] a").first().click();
        assertThat(page.locator("#plan-course").textContent()).contains("within the planned months");
        screenshot("item-en");
        page.setViewportSize(390, 844);
        page.navigate("/plan?year=2026&lang=zh");
        screenshot("plan-phone-zh");
        page.navigate("/plan?year=2026&lang=en");
        screenshot("plan-phone-en");
        page.setViewportSize(1280, 800);

        // the bulk entry: a good row and a bad one, previewed; nothing is entered while one is bad
        page.navigate("/plan?year=2026&lang=zh");
        page.locator("#plan-import-link").click();
        page.locator("#table")
                .fill("年轻干部培训班\tYoung cadres\t乡科级\t\t10\t12\t12\t30000\t脱产\t脱产培训\t48\n"
                        + "\t\t处长级\t\t2\t12\t3\t100\t脱产\t脱产培训\t6\n");
        page.locator("#plan-import-preview").click();
        assertThat(page.locator("#plan-import-lines").textContent())
                .contains("无误")
                .contains("培训对象中的职级“处长级”不存在");
        assertThat(page.locator("#plan-import-run").count()).isZero();
        screenshot("import-zh");
        page.locator("#table").fill("年轻干部培训班\tYoung cadres\t乡科级\t\t10\t12\t12\t30000\t脱产\t脱产培训\t48\n");
        page.locator("#plan-import-preview").click();
        // the plan is approved: entering more items is a change and needs its reason
        page.locator("#plan-import-run").click();
        assertThat(page.locator("#plan-import-refused").textContent()).contains("计划已经批准，调整须填写理由。");
        page.locator("#reason").fill("上级要求增加年轻干部培训");
        page.locator("#plan-import-run").click();
        page.waitForURL(url -> url.contains("/plan?year=2026"));
        assertThat(page.locator("#plan-coverage tr[data-rank=SECTION][data-category=FULL_TIME]")
                        .textContent())
                .contains("90.00")
                .contains("能");
        assertThat(page.locator("#plan-history").textContent())
                .contains("上级要求增加年轻干部培训")
                .contains("年轻干部培训班");
        screenshot("history-zh");
        page.navigate("/plan/2026/import?lang=en");
        screenshot("import-en");
        page.context().clearCookies();

        signIn("liaison" + prefix);
        page.navigate("/plan?year=2026&lang=zh");
        assertThat(page.locator("#plan-items thead").textContent()).contains("本单位名额");
        assertThat(page.locator("#plan-item-form").count()).isZero();
        screenshot("liaison-zh");
    }

    private void addItem(String zh, String en, String[] ranks, String first, String last, String places, String hours) {
        page.locator("#titleZh").fill(zh);
        page.locator("#titleEn").fill(en);
        page.locator("#rankCodes").selectOption(ranks);
        page.locator("#firstMonth").fill(first);
        page.locator("#lastMonth").fill(last);
        page.locator("#placesPerUnit").fill(places);
        page.locator("#budget").fill("50000");
        page.locator("#plannedHours").fill(hours);
        page.locator("#plan-item-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/plan?year=2026"));
    }

    private void signIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }
}
