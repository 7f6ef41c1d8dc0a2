package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Pages show times in the zone the institution sets ({@code app.time-zone}), not in one written into the code: an
 * institution in Xinjiang on Asia/Urumqi (UTC+6) sees 23:14 UTC on 5 December as 05:14 on 6 December, neither UTC's
 * 23:14 nor Beijing's 07:14. The application's own clock is used here, built from the setting.
 */
@SpringBootTest(properties = "app.time-zone=Asia/Urumqi")
@AutoConfigureMockMvc
class TimeZoneSettingTests {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-05T23:14:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountRepository repository;

    @Autowired
    Clock clock;

    @Test
    void aPageShowsAnInstantInTheZoneOfTheSetting() throws Exception {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        String username = TestAccounts.unique("urumqi");
        repository.save(Account.create(username, "时区", "{noop}x", Set.of(Role.CADRE), null, null, LATE_EVENING_UTC));

        String page = mvc.get()
                .uri("/admin/accounts?q={q}", username)
                .with(as(TestPrincipal.administrator()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(username)
                .contains("2026-12-06 05:14")
                .doesNotContain("2026-12-06 07:14")
                .doesNotContain("2026-12-05 23:14");
    }
}
