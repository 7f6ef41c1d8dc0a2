package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class PasswordChangeTests {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository repository;

    private String username;
    private Cookie[] session;

    @BeforeEach
    void signIn() throws Exception {
        username = TestAccounts.unique("changer");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        session = TestAccounts.signIn(mvc, username, PASSWORD);
    }

    @Test
    void eachMistakeIsExplainedNextToItsField() throws Exception {
        String hashBefore = repository.findByUsername(username).orElseThrow().passwordHash();

        assertThat(change("wrong-current-1", "a-new-secret-22", "a-new-secret-22"))
                .contains("当前密码不正确");
        assertThat(change(PASSWORD, "short", "short")).contains("密码长度应为 10 到 128 个字符");
        assertThat(change(PASSWORD, "a-new-secret-22", "a-new-secret-23")).contains("两次输入的新密码不一致");
        assertThat(change(PASSWORD, PASSWORD, PASSWORD)).contains("新密码不能与当前密码相同");
        assertThat(change("", "", "")).contains("请填写此项");
        assertThat(repository.findByUsername(username).orElseThrow().passwordHash())
                .isEqualTo(hashBefore);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aNewPasswordIsStoredAsAnAdaptiveHashAndReplacesTheOldOne() throws Exception {
        String chosen = "correct horse battery";
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", chosen)
                        .param("confirmPassword", chosen))
                .andExpect(redirectedUrl("/"));

        String hash = repository.findByUsername(username).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain(chosen);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(chosen)).andExpect(redirectedUrl("/"));
    }

    private String change(String current, String newPassword, String confirmation) throws Exception {
        return mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", newPassword)
                        .param("confirmPassword", confirmation))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
