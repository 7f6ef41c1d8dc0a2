package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
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
 * The organiser allocates places per unit on a 360 px phone, in English where unit names are long: the places and
 * how many are used stay in sight beside each unit, not pushed off the card by a name kept on one line.
 */
@Import(AccountWebTest.Support.class)
class QuotaPhoneJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Quota phone password 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    TestAccounts accounts;

    @Test
    void onAPhoneTheQuotaTableKeepsItsNumbersInSight() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long course =
                fixture.course("年轻干部能力提升培训班", LocalDate.of(2031, 3, 17), LocalDate.of(2031, 3, 28), "NOMINATIONS_OPEN");
        long unit = directory.registerUnit(new UnitDetails(
                fixture.prefix + "DRC",
                new LocalizedText("市发展和改革委员会", "Municipal Development and Reform Commission"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        accounts.ready("quota-organiser", PASSWORD, Role.ORGANISER);
        page.setViewportSize(360, 740);
        signIn(page, "quota-organiser", PASSWORD);

        page.navigate("/courses/" + course + "/enrolment?lang=en");
        page.locator("#unitId").selectOption(String.valueOf(unit));
        page.locator("#places").fill("8");
        page.locator("form[action$='/enrolment/quotas'] button[type=submit]").click();
        Locator table = page.locator(".table-responsive:has(td:text('Municipal Development and Reform Commission'))");
        assertThat(table).containsText("8");
        screenshot("phone-quotas-en");
        Object overflow = table.evaluate("t => t.scrollWidth - t.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("the table is no wider than its card")
                .isLessThanOrEqualTo(0);
    }
}
