package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organiser reads and saves the credit policy and the rules by kind of item; a section-level cadre with twelve
 * days of training but only 36 学时 reads on their own page that they meet the year's requirement by days. Each page
 * is shot in Chinese and English.
 */
@Import(AccountWebTest.Support.class)
class CreditRulesJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Credit rules journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theOrganiserSetsThePoliciesAndACadreSeesTheYearMetByDays() {
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        long unit = directory.registerUnit(new UnitDetails(
                prefix + "-U",
                new LocalizedText("机械工程学院", "School of Mechanical Engineering"),
                UnitKind.DEPARTMENT,
                null,
                true));
        long cadre = directory.registerCadre(new CadreDetails(
                prefix + "-1", "李芳", Gender.FEMALE, unit, "科长", "Section chief", "SECTION", "", "", "", "", true));
        int year = Year.now(clock).getValue();
        for (int day = 1; day <= 12; day++) {
            ledger.record(List.of(new NewCreditEntry(
                    cadre,
                    LocalDate.of(year, 3, day),
                    CreditCategory.FULL_TIME,
                    CreditSource.COURSE,
                    null,
                    "journey:" + prefix + ":" + day,
                    CreditHours.of("3"),
                    new LocalizedText(
                            "3月" + day + "日上午，专题讲座：按“半天 = 3 学时”计 3 学时",
                            day + " Mar morning, Lecture: 3 credit hours by the rule 'half day = 3'"),
                    "test")));
        }
        // a county-level cadre promoted fourteen months ago from section level, far from 550: late
        long promoted = directory.registerCadre(new CadreDetails(
                prefix + "-2", "王强", Gender.MALE, unit, "处长", "Director", "COUNTY", "", "", "", "", true));
        LocalDate promotedOn = LocalDate.now(clock).minusMonths(14);
        jdbc.sql("delete from cadre_assignment where cadre_id = ?")
                .param(promoted)
                .update();
        jdbc.sql("insert into cadre_assignment (cadre_id, unit_id, rank_code, valid_from, valid_to, recorded_at,"
                        + " recorded_by) values (?, ?, 'SECTION', ?, ?, now(), 'test'),"
                        + " (?, ?, 'COUNTY', ?, null, now(), 'test')")
                .params(promoted, unit, promotedOn.minusYears(3), promotedOn, promoted, unit, promotedOn)
                .update();
        String organiser = "org" + prefix;
        accounts.ready(organiser, PASSWORD, Role.ORGANISER);
        accounts.ready("cadre" + prefix, PASSWORD, EnumSet.of(Role.CADRE), cadre, null);

        signIn(organiser);
        page.navigate("/admin/credit/policy?lang=zh");
        assertThat(page.locator("h1").textContent()).isEqualTo("学时政策");
        screenshot("policy-zh");
        page.navigate("/admin/credit/policy?lang=en");
        assertThat(page.locator("#credit-policy").textContent()).contains("Carry into the next year");
        screenshot("policy-en");
        page.navigate("/admin/training-rules?lang=zh");
        assertThat(page.locator("#item-type-rules").textContent())
                .contains("考试")
                .contains("按时长");
        screenshot("training-rules-zh");
        page.navigate("/admin/training-rules?lang=en");
        screenshot("training-rules-en");
        page.navigate("/credit/compliance?lang=zh&unitId=" + unit);
        assertThat(page.locator("#compliance-table").textContent())
                .contains("已按天数达标")
                .contains("已逾期（" + promotedOn.plusMonths(12) + "）");
        screenshot("compliance-zh");
        page.navigate("/credit/compliance?lang=en&unitId=" + unit);
        assertThat(page.locator("#compliance-table").textContent())
                .contains("Met by days")
                .contains("late (since");
        screenshot("compliance-en");
        page.context().clearCookies();

        String administrator = "adm" + prefix;
        accounts.ready(administrator, PASSWORD, Role.ADMINISTRATOR);
        signIn(administrator);
        page.navigate("/admin/credit/requirements?lang=zh");
        assertThat(page.locator("#requirements-table").textContent())
                .contains("或脱产培训天数")
                .contains("仅按学时");
        screenshot("requirements-zh");
        page.navigate("/admin/credit/requirements?lang=en");
        screenshot("requirements-en");
        page.context().clearCookies();

        signIn("cadre" + prefix);
        page.navigate("/my/credit?lang=zh");
        assertThat(page.locator("#credit-progress").textContent()).contains("按脱产培训天数达标：12 天（要求 12 天）");
        screenshot("met-by-days-zh");
        page.navigate("/my/credit?lang=en");
        assertThat(page.locator("#credit-progress").textContent())
                .contains("Met by days of full-time training: 12 days (required 12)");
        screenshot("met-by-days-en");
    }

    private void signIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }
}
