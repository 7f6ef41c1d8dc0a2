package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Enrolling a class of 40 in one step, through the pages: the organiser chooses the county/division-level cadres
 * of the Party committee's units, sees the preview (two of them wait, the course holds 38) and confirms; then, in
 * English, pastes a list with a name nobody has and sees it refused. The courses are written straight into the
 * course tables, because only the course module's own pages plan them.
 */
class BulkEnrolmentJourneyTests extends BrowserTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void organiserEnrolsFortyCadresChosenByRankWithAPreviewInChineseAndEnglish() {
        long committee = directory.registerUnit(new UnitDetails(
                "SIT", new LocalizedText("沈阳理工大学党委", "Party Committee of SIT"), UnitKind.PARTY_COMMITTEE, null, true));
        long economics = unit("SIT-ECON", "经济管理学院", "School of Economics and Management", committee);
        long engineering = unit("SIT-ENG", "机械工程学院", "School of Mechanical Engineering", committee);
        for (int i = 1; i <= 40; i++) {
            cadre("C-%03d".formatted(i), "处级干部" + i, i % 2 == 0 ? economics : engineering, "COUNTY");
        }
        cadre("S-001", "科级干部", economics, "SECTION");
        long twoMonths =
                course("处级干部进修班", "Course for division-level cadres", committee, 38, LocalDate.of(2031, 3, 1), 60);
        long online =
                course("乡村干部网络培训班", "Online course for rural cadres", committee, 120, LocalDate.of(2031, 9, 1), 3);
        signInAsAdministratorForTheFirstTime();

        page.navigate("/courses/" + twoMonths + "/enrolment");
        page.locator("#bulk-link").click();
        page.locator("#unitId").selectOption(String.valueOf(committee));
        page.locator("#rank-COUNTY").check();
        page.locator("form[method=get] button[type=submit]").click();
        assertThat(page.locator("#directory-form input[name=cadreId]:checked")).hasCount(40);
        assertThat(page.locator("#directory-form")).not().containsText("科级干部");
        screenshot("bulk-zh");

        page.locator("#directory-form button[type=submit]").click();
        assertThat(page.locator("#summary")).containsText("将报名 38 人，将列入候补 2 人，不能报名 0 人");
        assertThat(page.locator("#bulk-lines")).containsText("班级已满（容量 38 人），列入候补名单第 2 位");
        screenshot("preview-zh");

        page.locator("#confirm").click();
        assertThat(page.locator("#report-title")).hasText("批量报名结果");
        assertThat(page.locator("#summary")).hasText("已报名 38 人，已列入候补 2 人，未报名 0 人。");
        assertThat(page.locator("#bulk-lines tbody tr")).hasCount(40);
        screenshot("result-zh");

        page.navigate("/courses/" + online + "/enrolment/bulk?lang=en");
        screenshot("bulk-en");
        page.locator("#lines").fill("C-001\nC-002, C-003\n\u3000Nobody Here\u3000\n\nC-001\n");
        page.locator("form:has(#lines) button[type=submit]").click();
        assertThat(page.locator("#summary"))
                .containsText("3 will be enrolled, 0 will go on the waiting list, 2 cannot");
        assertThat(page.locator("#bulk-lines"))
                .containsText("No cadre in the directory has the staff number or name \"Nobody Here\"");
        assertThat(page.locator("#bulk-lines")).containsText("already earlier in the list");
        screenshot("preview-en");
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText("3 enrolled, 0 put on the waiting list, 2 not enrolled.");
        screenshot("result-en");
    }

    private long unit(String code, String zh, String en, long parent) {
        return directory.registerUnit(new UnitDetails(code, new LocalizedText(zh, en), UnitKind.SCHOOL, parent, true));
    }

    private void cadre(String staffNumber, String name, long unit, String rank) {
        directory.registerCadre(new CadreDetails(
                staffNumber, name, Gender.MALE, unit, "副院长", "Deputy dean", rank, "", "", "", "", true));
    }

    private long course(String zh, String en, long organiser, int capacity, LocalDate startsOn, int days) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, 18, 'PARTY_SPIRIT', 'NOMINATIONS_OPEN', ?, 'test') returning id
                        """)
                .params(
                        zh,
                        en,
                        organiser,
                        startsOn,
                        startsOn.plusDays(days - 1),
                        capacity,
                        Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }
}
