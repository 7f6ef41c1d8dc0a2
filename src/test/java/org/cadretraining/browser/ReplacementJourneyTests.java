package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
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
 * Replacing a trainee (调换) in the Anhui branch secretaries' course of real-courses.yaml: the unit's liaison, on a
 * phone while nominations are open, gives a nominated secretary's place to a colleague and is asked first; after
 * nominations close the organiser, in English, replaces the newcomer in turn. Each place says whom it replaced,
 * why, when and by whom.
 */
@Import(AccountWebTest.Support.class)
class ReplacementJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Replacement password 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aLiaisonAndThenTheOrganiserReplaceATraineeKeepingWhomEachReplaced() {
        long organs = directory.registerUnit(new UnitDetails(
                "SZ",
                new LocalizedText("省直机关工委", "Provincial Organs Working Committee"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long finance = directory.registerUnit(new UnitDetails(
                "SZ-CZ",
                new LocalizedText("省财政厅机关党委", "Finance Department Party Committee"),
                UnitKind.OTHER,
                organs,
                true));
        long zhang = cadre("CZ-01", "张建国", finance);
        long li = cadre("CZ-02", "李卫东", finance);
        long wang = cadre("CZ-03", "王晓红", finance);
        long course = course(organs);
        jdbc.sql("insert into unit_quota (course_id, unit_id, places) values (?, ?, 3)")
                .params(course, finance)
                .update();
        accounts.ready("replace-organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("finance-liaison", PASSWORD, Set.of(Role.UNIT_LIAISON), null, finance);

        page.setViewportSize(360, 740);
        signIn(page, "finance-liaison", PASSWORD);
        page.navigate("/courses/" + course + "/nominations");
        page.locator("#cadreId").selectOption(String.valueOf(zhang));
        page.locator("form[action$='/nominations'] button[type=submit]").click();
        page.locator("li:has(strong:text-is('张建国')) .replace-link").click();
        assertThat(page.locator("#leaving")).containsText("张建国（省财政厅机关党委，已推荐，学员）不能参加时");
        page.locator("#cadreId").selectOption(String.valueOf(li));
        page.locator("#reason").fill("临时出差");
        page.locator("#check").click();
        assertThat(page.locator("#question")).hasText("确认将 张建国 的名额调换给 李卫东？原因：临时出差");
        screenshot("liaison-asks-first-phone-zh");
        page.locator("#confirm").click();
        assertThat(page.locator("li:has-text('李卫东') .replaced")).containsText("替换 张建国（原因：临时出差）");
        assertThat(page.locator("li:has-text('李卫东') .replaced")).containsText("由 finance-liaison 办理");
        assertThat(page.locator("li:has(strong:text-is('张建国'))")).containsText("已撤回");
        assertThat(page.locator("li:has(strong:text-is('张建国')) form[action$='/substitute']"))
                .hasCount(0);
        screenshot("liaison-replaced-phone-zh");

        jdbc.sql("update course set status = 'NOMINATIONS_CLOSED' where id = ?")
                .param(course)
                .update();
        page.navigate("/courses/" + course + "/nominations");
        assertThat(page.locator(".replace-link")).hasCount(0);

        page.context().clearCookies();
        page.setViewportSize(1280, 800);
        signIn(page, "replace-organiser", PASSWORD);
        page.navigate("/courses/" + course + "/enrolment?lang=en");
        page.locator("tr:has-text('李卫东') .replace-link").click();
        page.locator("#cadreId").selectOption(String.valueOf(wang));
        page.locator("#reason").fill("Ill");
        page.locator("#check").click();
        assertThat(page.locator("#question")).hasText("Give 李卫东's place to 王晓红? Why: Ill");
        screenshot("organiser-asks-first-en");
        page.locator("#confirm").click();
        assertThat(page.locator("tr:has-text('王晓红') .replaced")).containsText("Replaces 李卫东 (why: Ill)");
        screenshot("organiser-replaced-en");
    }

    private long cadre(String staffNumber, String name, long unit) {
        return directory.registerCadre(new CadreDetails(
                staffNumber, name, Gender.MALE, unit, "支部书记", "Branch secretary", "SECTION", "", "", "", "", true));
    }

    /** The 44th and 45th courses, three days each, back to back, taking nominations. */
    private long course(long organiser) {
        LocalDate start = LocalDate.of(2032, 11, 19);
        long id = jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values ('省直机关第四十四期、四十五期党支部书记培训班', 'Branch secretaries'' courses 44 and 45',
                                ?, ?, ?, 132, 18, 'PARTY_SPIRIT', 'NOMINATIONS_OPEN', ?, 'test') returning id
                        """)
                .params(organiser, start, start.plusDays(5), Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into course_cohort (course_id, position, name_zh, name_en, starts_on, ends_on)
                        values (?, 0, '第四十四期', '44th', ?, ?), (?, 1, '第四十五期', '45th', ?, ?)
                        """)
                .params(id, start, start.plusDays(2), id, start.plusDays(3), start.plusDays(5))
                .update();
        return id;
    }
}
