package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages a refused sign-in or a refused request shows, in Chinese and English, as a person sees them. */
class SecurityPagesJourneyTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void repeatedWrongPasswordsAskToWaitAndSayNothingAboutTheUsername() {
        // five at once, then one every 12 s: on a slow machine a sixth may come after a refill
        for (int i = 0; i < 10 && !page.url().endsWith("/login?wait"); i++) {
            page.navigate("/login");
            page.locator("#username").fill("nobody-of-ours");
            page.locator("#password").fill("guess-" + i);
            page.locator("form[action$='/login'] button[type=submit]").click();
            page.waitForURL("**/login?*");
        }

        assertThat(page.locator(".alert-warning")).containsText("登录尝试过于频繁");
        screenshot("login-wait-zh");
        page.navigate("/login?wait&lang=en");
        assertThat(page.locator(".alert-warning")).containsText("Too many sign-in attempts");
        screenshot("login-wait-en");
    }

    @Test
    void theAdministratorSeesWhichAccountsSawManyFailures() {
        Instant now = Instant.now();
        jdbc.sql("insert into sign_in_alert (username, raised_at, failures, addresses) values ('li.ming', ?, 23, 17)")
                .param(Timestamp.from(now))
                .update();
        signInAsAdministratorForTheFirstTime();

        page.navigate("/admin/accounts");
        assertThat(page.locator("#sign-in-alerts")).containsText("账号“li.ming”");
        screenshot("accounts-alert-zh");
        page.navigate("/admin/accounts?lang=en");
        assertThat(page.locator("#sign-in-alerts")).containsText("Account \"li.ming\": 23 failed sign-ins");
        screenshot("accounts-alert-en");
    }

    @Test
    void aNulByteGetsTheApplicationsOwnErrorPage() {
        Response search = page.navigate("/news/search?q=%00");
        assertThat(search.status()).isEqualTo(400);
        assertThat(page.locator("main, section").first()).containsText("请求中含有不允许的字符");
        screenshot("nul-in-query-zh");

        Response pathZh = page.navigate("/news/articles/%00");
        assertThat(pathZh.status()).isEqualTo(400);
        assertThat(page.content()).contains("请求的地址或内容不符合要求").doesNotContain("Tomcat");
        screenshot("nul-in-path-zh");

        Response english = page.navigate("/news/search?q=%00&lang=en");
        assertThat(english.status()).isEqualTo(400);
        screenshot("nul-in-query-en");

        // the language chosen a page ago (its cookie) holds on the server's own error page too
        Response path = page.navigate("/news/articles/%00");
        assertThat(path.status()).isEqualTo(400);
        assertThat(page.content())
                .contains("The address or content of the request")
                .doesNotContain("Tomcat");
        screenshot("nul-in-path-en");
    }
}
