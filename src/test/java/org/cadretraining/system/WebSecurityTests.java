package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class WebSecurityTests {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        String username = TestAccounts.unique("csrf");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        Cookie[] session = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(post("/account/password")
                        .cookie(session)
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a-new-secret-22")
                        .param("confirmPassword", "a-new-secret-22"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeadersAndAPolicyThatAllowsNoInlineScript() throws Exception {
        String policy = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        String scriptSources = policy.replaceAll(".*script-src ([^;]*).*", "$1");
        assertThat(scriptSources).isEqualTo("'self'").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void aSignInIsKeptInTheDatabaseSoThatEveryNodeSharesIt() throws Exception {
        String username = TestAccounts.unique("shared");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);

        TestAccounts.signIn(mvc, username, PASSWORD);

        int sessions = jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(username)
                .query(Integer.class)
                .single();
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void theApiWantsCredentialsOnEveryCallAndNeverOpensASession() throws Exception {
        String username = TestAccounts.unique("client");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);
        Cookie[] pageSession = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/api/v1/account"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/v1/account").cookie(pageSession)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account").with(httpBasic(username, "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("ORGANISER"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void aOneTimePasswordDoesNotOpenTheApi() throws Exception {
        String username = TestAccounts.unique("newcomer");
        String oneTimePassword = accounts.create(username, "新人", Set.of(Role.ORGANISER), null, null);

        mvc.perform(get("/api/v1/account").with(httpBasic(username, oneTimePassword)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("请先在网页上登录并修改一次性密码，然后才能使用接口。"));
    }

    @Test
    void signedOutPagesLeadToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }
}
