package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class LanguagePreferenceTests {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository repository;

    @Test
    void aLanguageChosenWhileSignedInIsKeptOnTheAccountAndAppliedAtTheNextSignIn() throws Exception {
        String username = TestAccounts.unique("traveller");
        Account account = testAccounts.ready(username, PASSWORD, Role.LECTURER);
        Cookie[] session = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/").param("lang", "en").cookie(session)).andExpect(status().isOk());
        assertThat(repository.findById(account.id()).orElseThrow().locale()).isEqualTo("en");

        // another device: no language cookie, a new session
        Cookie[] elsewhere = mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(cookie().value("lang", "en"))
                .andReturn()
                .getResponse()
                .getCookies();
        String page = mvc.perform(get("/").cookie(elsewhere))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Sign out");

        mvc.perform(get("/").param("lang", "zh-CN").cookie(session)).andExpect(status().isOk());
        assertThat(repository.findById(account.id()).orElseThrow().locale()).isEqualTo("zh-CN");
    }

    @Test
    void anUnofferedLanguageLeavesTheAccountAlone() throws Exception {
        String username = TestAccounts.unique("curious");
        Account account = testAccounts.ready(username, PASSWORD, Role.LECTURER);
        Cookie[] session = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/").param("lang", "fr").cookie(session)).andExpect(status().isOk());

        assertThat(repository.findById(account.id()).orElseThrow().locale()).isNull();
    }

    @Test
    void theLanguageTagIsNormalised() {
        assertThat(LanguagePreference.supported("zh_CN")).contains("zh-CN");
        assertThat(LanguagePreference.supported("zh")).contains("zh-CN");
        assertThat(LanguagePreference.supported("en-GB")).contains("en");
        assertThat(LanguagePreference.supported("xx")).isEmpty();
    }
}
