package org.cadretraining.account.trainees;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.browser.BrowserTest;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.cadretraining.shared.TableRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An organiser makes the sign-in accounts of a 48-trainee course in one step: all ticked, a preview that names who
 * already has an account and who cannot have one and why (and offers nothing to make while one cannot), then, with
 * that trainee unticked, 46 accounts made after a question, their one-time passwords listed and downloaded as XLSX,
 * and one of them signing in. Screenshots: target/screenshots/TraineeAccountsJourneyTests-*.
 */
@AutoConfigureMockMvc
@Import(AccountWebTest.Support.class)
class TraineeAccountsJourneyTests extends BrowserTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganiserMakesFortySixAccountsInOneStepAndHandsOutTheirPasswords() throws IOException {
        TraineeCourse course = new TraineeCourse(mvc, directory, enrolments, 48);
        accounts.ready(
                course.staffNumbers.get(0),
                "Has one already 2026",
                EnumSet.of(Role.CADRE),
                course.trainees.get(0),
                null);
        // someone else's account already bears the second trainee's staff number
        accounts.ready(course.staffNumbers.get(1), "Someone else 2026", Role.ORGANISER);
        signInAsAdministratorForTheFirstTime();

        page.navigate("/courses/" + course.courseId + "/enrolment?lang=zh");
        page.locator("#accounts-link").click();
        page.waitForURL("**/courses/" + course.courseId + "/accounts");
        assertThat(page.locator("main").innerText()).contains("本班学员 48 人，其中 47 人还没有账号。");
        assertThat(checked()).isEqualTo(47);
        page.locator("#clear-all").click();
        assertThat(checked()).isZero();
        page.locator("#select-all").click();
        assertThat(checked()).isEqualTo(47);

        preview();
        String preview = page.locator("#account-preview").innerText();
        assertThat(preview)
                .contains("预览：勾选 47 人", "可以创建 46 个账号，不能创建 1 个；另有 1 人已有账号。")
                .contains("用户名 " + course.staffNumbers.get(1) + " 已被使用。", "有学员不能创建账号");
        assertThat(page.locator("#make").count())
                .as("nothing to make while one cannot")
                .isZero();
        screenshot("preview-cannot-zh-1280");

        page.locator("#trainee-" + course.trainees.get(1)).uncheck();
        preview();
        assertThat(page.locator("#account-preview").innerText())
                .contains("预览：勾选 46 人", "可以创建 46 个账号，不能创建 0 个；另有 1 人已有账号。");
        screenshot("preview-zh-1280");
        page.onDialog(Dialog::accept);
        page.locator("#make").click();
        page.waitForURL("**/courses/" + course.courseId + "/accounts");
        page.locator("#made").waitFor();
        assertThat(page.locator("#made").innerText()).isEqualTo("已创建 46 个账号");
        assertThat(page.locator("#made-accounts tbody tr").count()).isEqualTo(46);
        screenshot("made-zh-1280");
        assertThat(jdbc.sql("""
                        select count(*) from account a join account_role r on r.account_id = a.id
                        where a.cadre_id = any(?) and a.must_change_password and r.role = 'CADRE'
                        """)
                        .param(course.trainees.toArray(Long[]::new))
                        .query(Integer.class)
                        .single())
                .isEqualTo(46);

        String username = page.locator("#made-accounts tbody tr td").nth(0).innerText();
        String password = page.locator("#made-accounts tbody tr code").first().innerText();
        Download download = page.waitForDownload(() -> page.locator("#download").click());
        List<TableRows.TableRow> sheet = TableRows.ofXlsx(Files.readAllBytes(download.path()));
        assertThat(sheet).hasSize(47);
        assertThat(sheet.get(1).cells()).containsSequence(username, "学员3").contains(password);

        BrowserContext trainee =
                page.context().browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()));
        Page phone = trainee.newPage();
        phone.navigate("/login");
        phone.locator("#username").fill(username);
        phone.locator("#password").fill(password);
        phone.locator("form[action$='/login'] button[type=submit]").click();
        phone.waitForURL("**/account/password");
        trainee.close();

        page.navigate("/courses/" + course.courseId + "/accounts?lang=en");
        assertThat(page.locator("main").innerText()).contains("The course has 48 trainees; without an account yet: 1.");
        preview();
        assertThat(page.locator("#account-preview").innerText())
                .contains("Preview: 1 ticked", "0 accounts can be made and 1 cannot; 47 trainees already have one.")
                .contains("Cannot have one", "The username " + course.staffNumbers.get(1) + " is already taken.");
        screenshot("preview-cannot-en-1280");
    }

    private int checked() {
        return page.locator("#trainees-without-account input[name=cadreId]:checked")
                .count();
    }

    private void preview() {
        page.locator("#preview").click();
        page.waitForURL("**/accounts/preview");
        page.locator("#account-preview").waitFor();
    }
}
