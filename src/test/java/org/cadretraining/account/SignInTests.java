package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AccountWebTest
class SignInTests {

    static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

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

        mvc.perform(login(username, "not-the-password", "10.0.0.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(login("nobody-at-all", PASSWORD, "10.0.0.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void aSuccessfulSignInClearsTheEarlierFailures() throws Exception {
        String username = TestAccounts.unique("teacher");
        testAccounts.ready(username, PASSWORD, Role.CLASS_TEACHER);
        for (int i = 0; i < 4; i++) {
            fail(username, "10.0.1.1");
        }
        mvc.perform(login(username, PASSWORD, "10.0.1.1")).andExpect(authenticated());

        for (int i = 0; i < 4; i++) {
            fail(username, "10.0.1.1");
        }

        mvc.perform(login(username, PASSWORD, "10.0.1.1")).andExpect(authenticated());
    }

    @Test
    void failuresForOneUsernameDoNotDelayAnother() throws Exception {
        String attacked = TestAccounts.unique("attacked");
        String other = TestAccounts.unique("other");
        testAccounts.ready(attacked, PASSWORD, Role.LECTURER);
        testAccounts.ready(other, PASSWORD, Role.LECTURER);
        for (int i = 0; i < 5; i++) {
            fail(attacked, "10.0.2.1");
        }
        mvc.perform(login(attacked, PASSWORD, "10.0.2.1")).andExpect(redirectedUrl("/login?wait"));

        mvc.perform(login(other, PASSWORD, "10.0.2.1")).andExpect(authenticated());
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
    void theLoginPageTellsAboutAWrongPasswordAndAboutWaiting() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
        assertThat(page("/login?error&lang=en")).contains("Wrong username or password.");
        assertThat(page("/login?wait")).contains("登录尝试过于频繁，请稍等几分钟再试");
        assertThat(page("/login?wait&lang=en")).contains("Too many sign-in attempts: please wait a few minutes");
    }

    /** The answers of seven attempts from one address, one address per username so that each stands alone. */
    @Test
    void anUnknownUsernameGetsTheSameAnswersAsAKnownOne() throws Exception {
        String known = TestAccounts.unique("known");
        testAccounts.ready(known, PASSWORD, Role.LECTURER);
        String unknown = TestAccounts.unique("never-made");

        List<String> knownAnswers = answersToSevenWrongPasswords(known, "10.0.3.1");
        List<String> unknownAnswers = answersToSevenWrongPasswords(unknown, "10.0.3.2");

        assertThat(knownAnswers)
                .isEqualTo(unknownAnswers)
                .containsExactly(
                        "/login?error",
                        "/login?error",
                        "/login?error",
                        "/login?error",
                        "/login?error",
                        "/login?wait",
                        "/login?wait");
    }

    private List<String> answersToSevenWrongPasswords(String username, String address) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(mvc.perform(login(username, "guess-" + i, address))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        return answers;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private void fail(String username, String address) throws Exception {
        mvc.perform(login(username, "wrong-password", address))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    /** The sign-in form sent from a client address, with its CSRF token. */
    static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
