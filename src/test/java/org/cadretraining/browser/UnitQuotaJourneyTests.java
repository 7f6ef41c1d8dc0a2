package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly programme of real-courses.yaml (嘉定镇街道“成长工程”培训班, 120 places): the organiser gives a unit 8
 * places, then enrols 9 of its cadres in bulk, one more than its places, on purpose. The quota table counts the 9 and
 * says the unit is 1 over; the unit's liaison, on a phone, sees the unit full and is refused a tenth nomination.
 */
@Import(AccountWebTest.Support.class)
class UnitQuotaJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Unit quota password 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void theOrganisersBulkEnrolmentFillsTheUnitsPlacesForItsLiaison() {
        long town = unit("JD", "嘉定镇街道党工委", "Jiading Town Sub-district Party Working Committee", null);
        long office = unit("JD-OFFICE", "党政办公室", "Party and Government Office", town);
        String staffNumbers = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> cadre("JD-%02d".formatted(i), "青年干部" + i, office))
                .collect(Collectors.joining("\n"));
        long course = course("嘉定镇街道2017年“成长工程”培训班", "Jiading Town 2017 Growth Programme", town);
        long tenth = directory.registerCadre(new CadreDetails(
                "JD-10", "第十人", Gender.FEMALE, office, "科员", "Officer", "STAFF", "", "", "", "", true));
        accounts.ready("quota-organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("office-liaison", PASSWORD, Set.of(Role.UNIT_LIAISON), null, office);

        signIn(page, "quota-organiser", PASSWORD);
        page.navigate("/courses/" + course + "/enrolment");
        page.locator("#unitId").selectOption(String.valueOf(office));
        page.locator("#places").fill("8");
        page.locator("form[action$='/enrolment/quotas'] button[type=submit]").click();
        page.locator("#bulk-link").click();
        page.locator("#lines").fill(staffNumbers);
        page.locator("form:has(#lines) button[type=submit]").click();
        assertThat(page.locator("#summary")).containsText("将报名 9 人");
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText("已报名 9 人，已列入候补 0 人，未报名 0 人。");

        page.navigate("/courses/" + course + "/enrolment");
        Locator row = page.locator("tr:has(td:text-is('党政办公室'))");
        assertThat(row.locator("td").nth(1)).hasText("8");
        assertThat(row.locator("td").nth(2)).containsText("9");
        assertThat(row.locator(".quota-over")).hasText("超出 1 个");
        assertThat(page.locator("body")).containsText("组织部报名，占党政办公室名额");
        screenshot("organiser-quotas-zh");
        page.navigate("/courses/" + course + "/enrolment?lang=en");
        assertThat(page.locator("tr:has(td:text-is('Party and Government Office')) .quota-over"))
                .hasText("1 over");
        screenshot("organiser-quotas-en");

        page.context().clearCookies();
        page.setViewportSize(360, 740);
        signIn(page, "office-liaison", PASSWORD);
        page.navigate("/courses/" + course + "/nominations?lang=zh");
        assertThat(page.locator("#quota-full")).hasText("本单位名额已满：共 8 个，已用 9 个（含组织部直接报名的人员），不能再推荐。");
        assertThat(page.locator("li[id^=enrolment-]")).hasCount(9);
        screenshot("liaison-full-phone-zh");
        page.locator("#cadreId").selectOption(String.valueOf(tenth));
        page.locator("form[action$='/nominations'] button[type=submit]").click();
        assertThat(page.locator("#cadreId + .invalid-feedback")).hasText("本单位名额（8 个）已用完，不能再推荐");
        assertThat(page.locator("li[id^=enrolment-]")).hasCount(9);
        page.navigate("/courses/" + course + "/nominations?lang=en");
        assertThat(page.locator("#quota-full")).containsText("Your unit's places are full: 9 used of 8");
        screenshot("liaison-full-phone-en");
    }

    private long unit(String code, String zh, String en, Long parent) {
        return directory.registerUnit(new UnitDetails(code, new LocalizedText(zh, en), UnitKind.OTHER, parent, true));
    }

    private String cadre(String staffNumber, String name, long unit) {
        directory.registerCadre(new CadreDetails(
                staffNumber, name, Gender.FEMALE, unit, "科员", "Officer", "STAFF", "", "", "", "", true));
        return staffNumber;
    }

    /** Weekly sessions over three months, 120 places, taking nominations. */
    private long course(String zh, String en, long organiser) {
        LocalDate first = LocalDate.of(2031, 9, 4);
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, 120, 18, 'PARTY_SPIRIT', 'NOMINATIONS_OPEN', ?, 'test') returning id
                        """)
                .params(zh, en, organiser, first, first.plusWeeks(12), Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }
}
