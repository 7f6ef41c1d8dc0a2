package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.account.SignInTests.PASSWORD;
import static org.cadretraining.account.SignInTests.from;
import static org.cadretraining.account.SignInTests.login;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The limits on sign-in attempts: a growing delay per username and address, a cap per address, a notice. */
@AccountWebTest
@ExtendWith(OutputCaptureExtension.class)
class SignInLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void someoneGuessingElsewhereNeverKeepsTheRealUserOut() throws Exception {
        String username = TestAccounts.unique("admin-like");
        testAccounts.ready(username, PASSWORD, Role.ADMINISTRATOR);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(username, "guess-" + i, "10.1.0.1")).isEqualTo("/login?error");
        }

        assertThat(attempt(username, PASSWORD, "10.1.0.1")).isEqualTo("/login?wait");
        mvc.perform(login(username, PASSWORD, "10.1.0.2"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());

        clock.advance(Duration.ofSeconds(13));
        mvc.perform(login(username, PASSWORD, "10.1.0.1")).andExpect(authenticated());
    }

    @Test
    void theDelayGrowsWithTheFailures() throws Exception {
        String username = TestAccounts.unique("guessed");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        String address = "10.2.0.1";
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(username, "guess", address)).isEqualTo("/login?error");
        }
        assertThat(attempt(username, "guess", address)).isEqualTo("/login?wait");

        // after five at once, one attempt every 12 seconds, up to ten within the hour
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(13));
            assertThat(attempt(username, "guess", address)).isEqualTo("/login?error");
            assertThat(attempt(username, "guess", address)).isEqualTo("/login?wait");
        }
        clock.advance(Duration.ofSeconds(13));
        assertThat(attempt(username, PASSWORD, address)).isEqualTo("/login?wait");

        // then one every six minutes
        clock.advance(Duration.ofMinutes(6));
        assertThat(attempt(username, PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedForEveryUsername() throws Exception {
        String real = TestAccounts.unique("sprayed");
        testAccounts.ready(real, PASSWORD, Role.LECTURER);
        for (int i = 0; i < 30; i++) {
            assertThat(attempt(TestAccounts.unique("spray"), "Winter2026!", "10.3.0.1"))
                    .isEqualTo("/login?error");
        }

        assertThat(attempt(real, PASSWORD, "10.3.0.1")).isEqualTo("/login?wait");
        assertThat(attempt(real, PASSWORD, "10.3.0.2")).isEqualTo("/");
    }

    /**
     * A room of trainees behind the venue's one address signs in at the same moment: the address's limit counts
     * failures only, so however many are in flight together, none is told to wait while the address has failures
     * left, and the failures still close it.
     */
    @Test
    void aRoomSigningInTogetherFromOneAddressIsNeverHeldBackByItsOwnNumbers() throws Exception {
        String address = "10.7.0.1";
        for (int i = 0; i < 29; i++) {
            assertThat(attempt(TestAccounts.unique("typo"), "wrong", address)).isEqualTo("/login?error");
        }
        int room = 12;
        List<String> trainees = new ArrayList<>();
        for (int i = 0; i < room; i++) {
            String trainee = TestAccounts.unique("room");
            testAccounts.ready(trainee, PASSWORD, Role.LECTURER);
            trainees.add(trainee);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<String> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(room)) {
            List<Future<String>> futures = trainees.stream()
                    .map(trainee -> pool.submit(() -> {
                        start.await();
                        return attempt(trainee, PASSWORD, address);
                    }))
                    .toList();
            start.countDown();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }
        }
        assertThat(answers).containsOnly("/");

        // the thirtieth failure closes the address, for everyone behind it
        assertThat(attempt(TestAccounts.unique("typo"), "wrong", address)).isEqualTo("/login?error");
        assertThat(attempt(trainees.getFirst(), PASSWORD, address)).isEqualTo("/login?wait");
    }

    @Test
    void parallelGuessesCannotAllRunBeforeTheLimit() throws Exception {
        String username = TestAccounts.unique("raced");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        int guesses = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String guess = "guess-" + i;
            attempts.add(() -> {
                start.await();
                return attempt(username, guess, "10.5.0.1");
            });
        }

        List<String> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(guesses)) {
            List<Future<String>> futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }
        }

        assertThat(answers).filteredOn("/login?error"::equals).hasSize(5);
        assertThat(answers).filteredOn("/login?wait"::equals).hasSize(guesses - 5);
        assertThat(jdbc.sql("select count(*) from login_failure where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void manyFailuresFromEverywhereTellTheAdministratorsAndLockNothing(CapturedOutput output) throws Exception {
        String username = TestAccounts.unique("targeted");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);
        for (int i = 1; i <= 20; i++) {
            assertThat(attempt(username, "guess", "10.4.0." + i)).isEqualTo("/login?error");
        }

        assertThat(output.getAll())
                .contains("An account saw many failed sign-ins")
                .doesNotContain(username);
        mvc.perform(login(username, PASSWORD, "10.4.1.1")).andExpect(authenticated());

        String administrator = TestAccounts.unique("watching-admin");
        testAccounts.ready(administrator, PASSWORD, Role.ADMINISTRATOR);
        Cookie[] session = TestAccounts.signIn(mvc, administrator, PASSWORD);
        String page = mvc.perform(get("/admin/accounts").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("以下账号最近登录失败次数较多", "账号“" + username + "”", "的 24 小时内登录失败 20 次，来自 20 个地址");
        String english = mvc.perform(get("/admin/accounts").param("lang", "en").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("Account &quot;" + username + "&quot;: 20 failed sign-ins from 20 addresses in the 24 hours");
    }

    @Test
    void wrongPasswordsThroughTheApiCountTowardsTheDelay() throws Exception {
        String username = TestAccounts.unique("api-guessed");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/account")
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.httpBasic(username, "guess-" + i))
                            .with(from("10.6.0.1")))
                    .andExpect(unauthenticated());
        }

        assertThat(attempt(username, PASSWORD, "10.6.0.1")).isEqualTo("/login?wait");
    }

    @Test
    void anApiSignInThatMustWaitIsToldSoWith429NotThatItsPasswordIsWrong() throws Exception {
        String username = TestAccounts.unique("api-waiting");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/account")
                            .with(basic(username, "guess-" + i))
                            .with(from("10.6.0.2")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/account")
                        .with(basic(username, PASSWORD))
                        .with(from("10.6.0.2"))
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("please wait")));
        mvc.perform(get("/api/v1/account").with(basic(username, PASSWORD)).with(from("10.6.0.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请稍等")));
        mvc.perform(get("/api/v1/account").with(basic(username, PASSWORD)).with(from("10.6.0.3")))
                .andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(
            String username, String password) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                username, password);
    }

    private String attempt(String username, String password, String address) throws Exception {
        return mvc.perform(login(username, password, address))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
