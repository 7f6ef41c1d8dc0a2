package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class AdministratorJourneyTests extends BrowserTest {

    @Autowired
    OrganisationDirectory directory;

    @Test
    void administratorSignsInWithThePrintedPasswordChoosesANewOneAndSwitchesLanguage() {
        page.navigate("/login?lang=en");
        assertThat(page.locator("h1")).hasText("Sign in");
        screenshot("login-en");

        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        page.navigate("/login?lang=zh-CN");
        assertThat(page.locator("h1")).hasText("登录");
        screenshot("login-zh");

        page.locator("#username").fill("admin");
        page.locator("#password").fill(oneTimeAdminPassword());
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("登录")).click();

        assertThat(page).hasURL(Pattern.compile("/account/password$"));
        assertThat(page.locator("h1")).hasText("修改密码");
        screenshot("password-zh");

        page.navigate("/cadres");
        assertThat(page).hasURL(Pattern.compile("/account/password$"));

        page.navigate("/account/password?lang=en");
        assertThat(page.locator("h1")).hasText("Change password");
        screenshot("password-en");
        page.navigate("/account/password?lang=zh-CN");

        page.locator("#currentPassword").fill(oneTimeAdminPassword());
        page.locator("#newPassword").fill(ADMIN_NEW_PASSWORD);
        page.locator("#confirmPassword").fill(ADMIN_NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("保存新密码")).click();

        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator("h1")).hasText("欢迎，系统管理员");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("密码已修改");
        screenshot("home-zh");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("语言")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Welcome, 系统管理员");
        assertThat(page.locator("nav")).containsText("Cadres");
        screenshot("home-en");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Language"))
                .click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("中文")).click();
        assertThat(page.locator("h1")).hasText("欢迎，系统管理员");

        page.setViewportSize(390, 844);
        screenshot("home-zh-phone");
    }

    @Test
    void administratorImportsCadresFixesTheBadRowAndFindsACadreByPartOfAChineseName(@TempDir Path tempDir)
            throws IOException {
        directory.registerUnit(new UnitDetails(
                "T-ORG", new LocalizedText("党委组织部", "Organization Department"), UnitKind.DEPARTMENT, null, true));
        signInAsAdministratorForTheFirstTime();

        page.navigate("/imports");
        Path bad = cadres(tempDir.resolve("cadres-bad.xlsx"), "");
        upload(bad);
        assertThat(page).hasURL(Pattern.compile("/imports/\\d+$"));
        assertThat(page.locator("#import-problems tbody tr")).hasCount(1);
        assertThat(page.locator("#import-problems tbody tr td").nth(0)).hasText("3");
        assertThat(page.locator("#import-problems tbody tr td").nth(1)).hasText("姓名");
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("下载问题报告（CSV）")))
                .isVisible();
        screenshot("import-refused");
        assertThat(directory.cadreIdByStaffNumber("T-0001")).isEmpty();
        assertThat(directory.cadreIdByStaffNumber("T-0002")).isEmpty();

        page.navigate("/imports");
        upload(cadres(tempDir.resolve("cadres-fixed.xlsx"), "司马光明"));
        assertThat(page).hasURL(Pattern.compile("/imports/\\d+$"));
        assertThat(page.locator("#import-progress .alert-success")).isVisible();
        assertThat(page.locator("#import-problems")).hasCount(0);
        screenshot("import-accepted");
        assertThat(directory.cadreIdByStaffNumber("T-0001")).isPresent();
        assertThat(directory.cadreIdByStaffNumber("T-0002")).isPresent();

        page.navigate("/cadres");
        page.locator("input[name=q]").fill("阳晓");
        page.locator("input[name=q]").press("Enter");
        assertThat(page.locator("#cadre-table")).containsText("欧阳晓梅");
        assertThat(page.locator("#cadre-table")).not().containsText("司马光明");
        screenshot("cadres-found");
    }

    private void upload(Path file) {
        page.locator("#kind-cadre").check();
        page.locator("input[type=file][name=file]").setInputFiles(file);
        page.locator("form:has(input[name=file]) [type=submit]").click();
    }

    /** Two cadres; the second one's name is {@code secondName}, so an empty one makes row 3 bad. */
    private static Path cadres(Path file, String secondName) throws IOException {
        List<List<String>> rows = List.of(
                List.of("工号", "姓名", "性别", "单位编码", "职务", "职务（英文）", "级别", "类别", "电话", "邮箱"),
                List.of("T-0001", "欧阳晓梅", "女", "T-ORG", "组织部副部长", "Deputy Director", "县处级", "中层干部", "", ""),
                List.of("T-0002", secondName, "男", "T-ORG", "干部科科长", "Head of Section", "乡科级", "科级干部", "", ""));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "cadre-training-tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("干部");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        }
        return file;
    }
}
