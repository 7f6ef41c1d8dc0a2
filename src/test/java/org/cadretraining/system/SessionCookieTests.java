package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.account.Accounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Through a real server and HTTP client, because the session cookie is written by Spring Session's filter in a way
 * MockMvc does not show as a browser sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SessionCookieTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().build();

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndTheSignInIsStoredInTheDatabase() throws Exception {
        HttpResponse<String> loginPage =
                http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .as("a look at the sign-in page opens no session; its CSRF token is in a cookie of its own")
                .noneMatch(cookie -> cookie.startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("XSRF-TOKEN=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> signedIn = signIn(loginPage, "cookie-user");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/account/password"));
        String signedInCookie = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
        assertThat(signedInCookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Path=/");
        int stored = jdbc.sql("select count(*) from spring_session where principal_name = 'cookie-user'")
                .query(Integer.class)
                .single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void aLookAtTheSignInPageByNobodyWritesNoSessionRow() throws Exception {
        int before = jdbc.sql("select count(*) from spring_session")
                .query(Integer.class)
                .single();

        for (String path : List.of("/login", "/login?error", "/login?lang=en", "/news")) {
            HttpResponse<String> page = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }

        assertThat(jdbc.sql("select count(*) from spring_session")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aPageViewWithinAMinuteDoesNotRewriteTheSessionButAnythingElseIs() throws Exception {
        HttpResponse<String> signedIn =
                signIn(http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()), "touch-user");
        String cookie = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
        // the sign-in (new session id, principal) was written
        long signedInAt = lastAccess("touch-user");

        Thread.sleep(20);
        HttpResponse<String> page = http.send(
                request("/account/password")
                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(lastAccess("touch-user")).as("a page view a moment later").isEqualTo(signedInAt);

        // as Spring Session writes it: only the times, a second later, are not written; a minute later they are
        jdbc.sql("update spring_session set last_access_time = last_access_time + 1000, expiry_time = expiry_time"
                        + " + 1000 where principal_name = 'touch-user'")
                .update();
        assertThat(lastAccess("touch-user")).isEqualTo(signedInAt);
        jdbc.sql("update spring_session set last_access_time = last_access_time + 60000, expiry_time = expiry_time"
                        + " + 60000 where principal_name = 'touch-user'")
                .update();
        assertThat(lastAccess("touch-user")).isEqualTo(signedInAt + 60000);
        jdbc.sql("update spring_session set max_inactive_interval = 60 where principal_name = 'touch-user'")
                .update();
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'touch-user'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(60);
    }

    /** A new account signs in with its one-time password from the login page given (its cookie and CSRF token). */
    private HttpResponse<String> signIn(HttpResponse<String> loginPage, String username) throws Exception {
        String oneTimePassword = accounts.create(username, username, java.util.Set.of(Role.LECTURER), null, null);
        String pageCookies = loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(java.util.stream.Collectors.joining("; "));
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(oneTimePassword, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return http.send(
                request("/login")
                        .header("Cookie", pageCookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long lastAccess(String principal) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
                .param(principal)
                .query(Long.class)
                .single();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + setCookies));
    }
}
