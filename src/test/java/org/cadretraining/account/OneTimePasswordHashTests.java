package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A one-time password is kept with bcrypt's lowest cost, because it is 92 random bits that nobody can guess; the
 * password its owner then chooses is kept at the application's own cost. Making a class's 120 accounts took 10-17 s
 * of bcrypt at the application's cost.
 */
@AccountWebTest
class OneTimePasswordHashTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aOneTimePasswordIsTooRandomToGuessSoItsHashIsCheap() {
        double bits = OneTimePasswords.LENGTH
                * Math.log(OneTimePasswords.ALPHABET.chars().distinct().count())
                / Math.log(2);
        assertThat(bits).as("bits of a one-time password").isGreaterThan(90);

        String username = TestAccounts.unique("onetime");
        String password = accounts.create(username, "李明", Set.of(Role.LECTURER), null, null);
        String hash = repository.findByUsername(username).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$04$").doesNotContain(password);
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches(password + "x", hash)).isFalse();

        long id = repository.findByUsername(username).orElseThrow().id();
        String reset = accounts.resetPassword(id, administrator());
        assertThat(reset).hasSize(OneTimePasswords.LENGTH).isNotEqualTo(password);
        assertThat(repository.findByUsername(username).orElseThrow().passwordHash())
                .startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void thePasswordItsOwnerChoosesIsKeptAtTheApplicationsCost() throws Exception {
        String username = TestAccounts.unique("onetime");
        String password = accounts.create(username, "王芳", Set.of(Role.LECTURER), null, null);
        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/account/password"));
        Cookie[] session = TestAccounts.signIn(mvc, username, password);
        String chosen = "correct horse battery";
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", password)
                        .param("newPassword", chosen)
                        .param("confirmPassword", chosen))
                .andExpect(redirectedUrl("/"));

        String hash = repository.findByUsername(username).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        mvc.perform(formLogin().user(username).password(chosen)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/login?error"));
    }

    private static CurrentUser administrator() {
        return new CurrentUser(0L, "admin", Set.of(Role.ADMINISTRATOR), null, null);
    }
}
