package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cadretraining.account.Accounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Behind a proxy that ends TLS, with {@code server.forward-headers-strategy=native}: Tomcat believes the proxy's
 * X-Forwarded-Proto and X-Forwarded-For (only from a proxy on an internal address), so the session cookie is
 * {@code Secure}, HSTS is sent, and the sign-in limits count the real client's address. Through a real server,
 * because the forwarded headers are read by Tomcat's valve, which MockMvc does not run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@DirtiesContext
class ForwardedHeadersTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().build();

    @Test
    void overHttpsAtTheProxyTheSignInCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> loginPage = send(request("/login").header("X-Forwarded-Proto", "https"), null);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> signedIn = signIn(loginPage, "secure-user", "https", "198.51.100.1");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).startsWith("https://"));
        assertThat(sessionCookie(signedIn)).contains("Secure").contains("HttpOnly");
    }

    @Test
    void plainHttpGetsNeitherHstsNorASecureCookie() throws Exception {
        HttpResponse<String> loginPage = send(request("/login"), null);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> signedIn = signIn(loginPage, "plain-user", "http", "198.51.100.2");

        assertThat(sessionCookie(signedIn)).doesNotContain("Secure");
    }

    @Test
    void theSignInLimitsCountTheClientBehindTheProxyNotTheProxy() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(wrongPassword("forwarded-guess", "203.0.113.7")).endsWith("/login?error");
        }

        assertThat(wrongPassword("forwarded-guess", "203.0.113.7")).endsWith("/login?wait");
        assertThat(wrongPassword("forwarded-guess", "203.0.113.8"))
                .as("another client behind the same proxy")
                .endsWith("/login?error");
    }

    private String wrongPassword(String username, String client) throws Exception {
        HttpResponse<String> loginPage = send(request("/login"), null);
        return post(loginPage, username, "not-the-password", "http", client)
                .headers()
                .firstValue("Location")
                .orElseThrow();
    }

    private HttpResponse<String> signIn(HttpResponse<String> loginPage, String username, String proto, String client)
            throws Exception {
        String oneTimePassword = accounts.create(username, username, Set.of(Role.LECTURER), null, null);
        return post(loginPage, username, oneTimePassword, proto, client);
    }

    private HttpResponse<String> post(
            HttpResponse<String> loginPage, String username, String password, String proto, String client)
            throws Exception {
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return send(
                request("/login")
                        .header("X-Forwarded-Proto", proto)
                        .header("X-Forwarded-For", client)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                cookies(loginPage));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookies) throws Exception {
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** Every cookie the page set, as a browser would send them back. */
    private static String cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        return setCookies.stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + setCookies));
    }
}
