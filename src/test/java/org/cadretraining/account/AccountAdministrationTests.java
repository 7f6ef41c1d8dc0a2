package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AccountWebTest
@ExtendWith(OutputCaptureExtension.class)
class AccountAdministrationTests {

    private static final String PASSWORD = "a-long-secret-1";
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"oneTimePassword\">([^<]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    OrganisationDirectory directory;

    private Account administrator;
    private Cookie[] session;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        String username = TestAccounts.unique("admin");
        administrator = testAccounts.ready(username, PASSWORD, Role.ADMINISTRATOR);
        session = TestAccounts.signIn(mvc, username, PASSWORD);
    }

    @Test
    void anAdministratorCreatesAnAccountAndSeesItsOneTimePasswordOnce(CapturedOutput output) throws Exception {
        String username = TestAccounts.unique("lecturer");

        String page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", username)
                        .param("displayName", "王老师")
                        .param("roles", "LECTURER", "NEWS_EDITOR"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String oneTimePassword = oneTimePasswordIn(page);
        Account created = repository.findByUsername(username).orElseThrow();
        assertThat(created.roleSet()).containsExactlyInAnyOrder(Role.LECTURER, Role.NEWS_EDITOR);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.passwordHash()).startsWith("{bcrypt}").doesNotContain(oneTimePassword);
        assertThat(output.getAll())
                .as("the log says what happened, by account id, without secrets or personal data")
                .contains("Account " + created.id() + " created with roles")
                .doesNotContain(oneTimePassword, username, "王老师");
        mvc.perform(formLogin().user(username).password(oneTimePassword)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void anInvalidFormKeepsTheInputAndExplainsEachField() throws Exception {
        String page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", "has space")
                        .param("displayName", "李四")
                        .param("cadreStaffNumber", "NO-SUCH-NUMBER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("value=\"has space\"")
                .contains("value=\"李四\"")
                .contains("value=\"NO-SUCH-NUMBER\"")
                .contains("用户名只能包含字母、数字和 . _ - @")
                .contains("找不到该工号的干部")
                .as("every mistake at once, not one per attempt")
                .contains("请至少选择一个角色")
                .contains("is-invalid");
        assertThat(repository.findByUsername("has space")).isEmpty();
    }

    @Test
    void aUnitLiaisonNeedsAUnitAndACadreRoleNeedsACadre() throws Exception {
        String username = TestAccounts.unique("liaison");
        String page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", username)
                        .param("displayName", "联络员")
                        .param("roles", "UNIT_LIAISON"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("单位联络员必须选择联络单位").contains("checked");

        page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", username)
                        .param("displayName", "学员")
                        .param("roles", "CADRE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("具有“干部”角色的账号必须关联干部档案");

        page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", username)
                        .param("displayName", "无角色"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("请至少选择一个角色");
        assertThat(repository.findByUsername(username)).isEmpty();
    }

    @Test
    void aLiaisonIsScopedToTheChosenUnitAndACadreAccountToTheirRecord() throws Exception {
        long unitId = unit();
        String staffNumber = TestAccounts.unique("S");
        long cadreId = directory.registerCadre(cadre(staffNumber, unitId));
        String username = TestAccounts.unique("liaison");

        mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", username)
                        .param("displayName", "联络员")
                        .param("roles", "UNIT_LIAISON", "CADRE")
                        .param("liaisonUnitId", String.valueOf(unitId))
                        .param("cadreStaffNumber", staffNumber))
                .andExpect(status().isOk());

        Account account = repository.findByUsername(username).orElseThrow();
        assertThat(account.liaisonUnitId()).isEqualTo(unitId);
        assertThat(account.cadreId()).isEqualTo(cadreId);

        String page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", TestAccounts.unique("second"))
                        .param("displayName", "同一个人")
                        .param("roles", "CADRE")
                        .param("cadreStaffNumber", staffNumber))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("该干部已关联账号 " + username);
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() throws Exception {
        String username = TestAccounts.unique("Taken");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);

        String page = mvc.perform(asAdministrator(post("/admin/accounts"))
                        .param("username", username.toLowerCase())
                        .param("displayName", "重名")
                        .param("roles", "LECTURER"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("用户名 " + username.toLowerCase() + " 已被使用");
    }

    @Test
    void theListFiltersByTextAndRoleSortsAndPages() throws Exception {
        String prefix = TestAccounts.unique("batch") + "x";
        for (int i = 1; i <= 23; i++) {
            Role role = i % 2 == 0 ? Role.NEWS_REVIEWER : Role.NEWS_PUBLISHER;
            testAccounts.ready(prefix + String.format("%02d", i), PASSWORD, role);
        }

        String firstPage = list("q", prefix);
        assertThat(firstPage).contains("共 23 条，第 1/2 页").contains(prefix + "01").doesNotContain(prefix + "21");
        String secondPage = list("q", prefix, "page", "1");
        assertThat(secondPage).contains(prefix + "21", prefix + "23").doesNotContain(prefix + "01<");

        String descending = list("q", prefix, "sort", "username", "dir", "desc");
        assertThat(descending.indexOf(prefix + "23")).isLessThan(descending.indexOf(prefix + "22"));

        String reviewers = list("q", prefix, "role", "NEWS_REVIEWER");
        assertThat(reviewers).contains("共 11 条").contains(prefix + "02").doesNotContain(prefix + "01<");
    }

    @Test
    void anAdministratorChangesRolesAndDisablesAnAccountWhoseSessionsThenEnd() throws Exception {
        String username = TestAccounts.unique("editor");
        Account account = testAccounts.ready(username, PASSWORD, Role.NEWS_EDITOR);
        Cookie[] theirSession = TestAccounts.signIn(mvc, username, PASSWORD);
        mvc.perform(get("/").cookie(theirSession)).andExpect(status().isOk());

        mvc.perform(asAdministrator(post("/admin/accounts/" + account.id()))
                        .param("username", username)
                        .param("displayName", "改名")
                        .param("roles", "NEWS_REVIEWER"))
                .andExpect(redirectedUrl("/admin/accounts"));

        Account changed = repository.findById(account.id()).orElseThrow();
        assertThat(changed.roleSet()).containsExactly(Role.NEWS_REVIEWER);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.displayName()).isEqualTo("改名");
        mvc.perform(get("/").cookie(theirSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theEditFormShowsTheAccountAsItIs() throws Exception {
        String username = TestAccounts.unique("shown");
        Account account = testAccounts.ready(username, PASSWORD, Role.LECTURER);

        String page = mvc.perform(asAdministrator(get("/admin/accounts/" + account.id())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("value=\"" + username + "\"")
                .contains("readonly")
                .containsPattern("value=\"LECTURER\"[^>]*checked")
                .doesNotContainPattern("value=\"CADRE\"[^>]*checked");
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRoleNorDisableThemselves() throws Exception {
        String page = mvc.perform(asAdministrator(post("/admin/accounts/" + administrator.id()))
                        .param("username", administrator.username())
                        .param("displayName", "我")
                        .param("roles", "ORGANISER")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("不能取消自己的管理员角色");

        page = mvc.perform(asAdministrator(post("/admin/accounts/" + administrator.id()))
                        .param("username", administrator.username())
                        .param("displayName", "我")
                        .param("roles", "ADMINISTRATOR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("不能停用自己的账号");
        Account unchanged = repository.findById(administrator.id()).orElseThrow();
        assertThat(unchanged.roleSet()).containsExactly(Role.ADMINISTRATOR);
        assertThat(unchanged.enabled()).isTrue();
    }

    @Test
    void aResetGivesANewOneTimePasswordAndTheOldOneStopsWorking() throws Exception {
        String username = TestAccounts.unique("forgetful");
        Account account = testAccounts.ready(username, PASSWORD, Role.CLASS_TEACHER);

        String page = mvc.perform(asAdministrator(post("/admin/accounts/" + account.id() + "/password")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String oneTimePassword = oneTimePasswordIn(page);
        assertThat(repository.findById(account.id()).orElseThrow().mustChangePassword())
                .isTrue();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(oneTimePassword)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void onlyAnAdministratorReachesTheAccountPages() throws Exception {
        String username = TestAccounts.unique("organiser");
        testAccounts.ready(username, PASSWORD, EnumSet.of(Role.ORGANISER, Role.UNIT_LIAISON), null, unit());
        Cookie[] organiser = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/admin/accounts").cookie(organiser)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/new").cookie(organiser)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + administrator.id() + "/password")
                        .cookie(organiser)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    private String list(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = asAdministrator(get("/admin/accounts"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder asAdministrator(MockHttpServletRequestBuilder request) {
        return request.cookie(session).with(csrf());
    }

    private long unit() {
        return directory.registerUnit(new UnitDetails(
                TestAccounts.unique("U"), new LocalizedText("测试单位", "Test unit"), UnitKind.DEPARTMENT, null, true));
    }

    private static CadreDetails cadre(String staffNumber, long unitId) {
        return new CadreDetails(staffNumber, "张三", Gender.MALE, unitId, "科员", "Clerk", null, "", "", "", "", true);
    }

    private static String oneTimePasswordIn(String page) {
        Matcher matcher = ONE_TIME_PASSWORD.matcher(page);
        assertThat(matcher.find()).as("the page shows a one-time password").isTrue();
        return matcher.group(1);
    }
}
