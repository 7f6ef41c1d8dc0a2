package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** A context of its own, so that it starts on an empty database while the console is being captured. */
@SpringBootTest(properties = "test.context=first-administrator")
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("one-time password:\\s+(\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void theFirstStartCreatesOnlyTheAdministratorWhoMustReplaceThePrintedPassword(CapturedOutput output)
            throws Exception {
        String printed = printedPassword(output);
        List<Account> all = accounts.findAll();
        assertThat(all).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.displayName()).isEqualTo("系统管理员");
            assertThat(admin.roleSet()).containsExactly(Role.ADMINISTRATOR);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$04$").doesNotContain(printed);
        });
        assertThat(output.getAll().lines().filter(line -> line.contains(printed)))
                .as("the password is printed once, on its own line, never in a log line")
                .singleElement()
                .asString()
                .startsWith("   one-time password:");
        assertThat(output.getAll())
                .as("no framework default user with a generated or fixed password")
                .doesNotContain("Using generated security password");

        Cookie[] admin = mvc.perform(formLogin().user("admin").password(printed))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn()
                .getResponse()
                .getCookies();
        mvc.perform(get("/").cookie(admin)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/accounts").cookie(admin)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(admin)).andExpect(status().isOk());

        String chosen = "my-own-choice-2026";
        mvc.perform(post("/account/password")
                        .cookie(admin)
                        .with(csrf())
                        .param("currentPassword", printed)
                        .param("newPassword", chosen)
                        .param("confirmPassword", chosen))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/accounts").cookie(admin)).andExpect(status().isOk());
        assertThat(accounts.findByUsername("admin").orElseThrow().mustChangePassword())
                .isFalse();

        mvc.perform(formLogin().user("admin").password(printed)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("admin").password(chosen)).andExpect(redirectedUrl("/"));
        assertThat(output.getAll()).doesNotContain(chosen);
    }

    @Test
    void aLaterStartLeavesExistingAccountsAloneAndPrintsNothing(CapturedOutput output) {
        int before = output.getAll().length();

        firstAdministrator.run(null);

        assertThat(accounts.count()).isEqualTo(1);
        assertThat(output.getAll().substring(before)).doesNotContain("one-time password");
    }

    private static String printedPassword(CapturedOutput output) {
        Matcher matcher = PRINTED_PASSWORD.matcher(output.getAll());
        assertThat(matcher.find()).as("the console shows the one-time password").isTrue();
        return matcher.group(1);
    }
}
