package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A moment is shown as the institution's local time (Asia/Shanghai), not in UTC: at 23:14 UTC on 5 December it is
 * already 07:14 on 6 December in Beijing, so a page formatting in UTC would show the wrong day and hour.
 */
@AccountWebTest
class InstitutionTimeTests {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-05T23:14:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountRepository repository;

    @Test
    void aPageShowsAnInstantAsTheInstitutionsLocalTimeNotUtc() throws Exception {
        String username = TestAccounts.unique("tz");
        repository.save(Account.create(username, "时区", "{noop}x", Set.of(Role.CADRE), null, null, LATE_EVENING_UTC));

        String page = mvc.get()
                .uri("/admin/accounts?q={q}", username)
                .with(as(TestPrincipal.administrator()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains(username).contains("2026-12-06 07:14").doesNotContain("2026-12-05 23:14");
    }
}
