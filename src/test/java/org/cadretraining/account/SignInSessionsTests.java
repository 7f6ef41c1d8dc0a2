package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new password ends the account's other sign-ins. (That a look at the sign-in page opens no session is shown in
 * {@code SessionCookieTests}, through a real server: MockMvc's {@code csrf()} swaps the application's CSRF token store
 * for one in the session for every later request.)
 */
@AccountWebTest
class SignInSessionsTests {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordChangeEndsTheAccountsOtherSignIns() throws Exception {
        String username = TestAccounts.unique("two-devices");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        Cookie[] laptop = TestAccounts.signIn(mvc, username, PASSWORD);
        Cookie[] phone = TestAccounts.signIn(mvc, username, PASSWORD);
        assertThat(sessionsOf(username)).isEqualTo(2);

        mvc.perform(post("/account/password")
                        .cookie(laptop)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a-new-secret-22")
                        .param("confirmPassword", "a-new-secret-22"))
                .andExpect(redirectedUrl("/"));

        assertThat(sessionsOf(username)).isEqualTo(1);
        mvc.perform(get("/account/password").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/password").cookie(laptop)).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordEndsNothing() throws Exception {
        String username = TestAccounts.unique("mistyped");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        Cookie[] laptop = TestAccounts.signIn(mvc, username, PASSWORD);
        TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(post("/account/password")
                        .cookie(laptop)
                        .with(csrf())
                        .param("currentPassword", "not-it")
                        .param("newPassword", "a-new-secret-22")
                        .param("confirmPassword", "a-new-secret-22"))
                .andExpect(status().isOk());

        assertThat(sessionsOf(username)).isEqualTo(2);
    }

    private int sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }
}
