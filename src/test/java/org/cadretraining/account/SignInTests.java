package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AdjustableClock clock;

    @Test
    void theRightPasswordSignsIn() throws Exception {
        String username = TestAccounts.unique("organiser");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);

        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username).withRoles("ORGANISER"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        String username = TestAccounts.unique("organiser");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);

        mvc.perform(formLogin().user(username).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin().user("nobody-at-all").password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void fiveFailuresLockTheUsernameEvenAgainstTheRightPasswordUntilTheWindowHasPassed(CapturedOutput output)
            throws Exception {
        String username = TestAccounts.unique("liaison");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        for (int i = 0; i < 5; i++) {
            failOnce(username);
        }

        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        assertThat(output.getAll()).contains("A username is locked for PT15M").doesNotContain(username);
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录失败次数过多")));

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInClearsTheEarlierFailures() throws Exception {
        String username = TestAccounts.unique("teacher");
        testAccounts.ready(username, PASSWORD, Role.CLASS_TEACHER);
        for (int i = 0; i < 4; i++) {
            failOnce(username);
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());

        for (int i = 0; i < 4; i++) {
            failOnce(username);
        }

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void failuresForOneUsernameDoNotLockAnother() throws Exception {
        String attacked = TestAccounts.unique("attacked");
        String other = TestAccounts.unique("other");
        testAccounts.ready(attacked, PASSWORD, Role.LECTURER);
        testAccounts.ready(other, PASSWORD, Role.LECTURER);
        for (int i = 0; i < 5; i++) {
            failOnce(attacked);
        }

        mvc.perform(formLogin().user(other).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = TestAccounts.unique("former");
        Account account = testAccounts.ready(username, PASSWORD, Role.LECTURER);
        testAccounts.disable(account);

        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void theLoginPageTellsAboutAWrongPassword() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
        assertThat(mvc.perform(get("/login").param("error", "").param("lang", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Wrong username or password.");
    }

    private void failOnce(String username) throws Exception {
        mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(unauthenticated());
    }
}
