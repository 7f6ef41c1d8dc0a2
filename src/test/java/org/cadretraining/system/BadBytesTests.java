package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Bytes and sizes no form or client of ours sends: a NUL byte in a query, a form field or a path, a query longer than
 * the server reads, a body larger than it takes. Each is answered 400 or 413 with the application's own page (HTML)
 * or a problem detail (API), never 500 and never the server's bare page. Through a real server, because Tomcat
 * refuses some of them before the application sees the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccountWebTest.Support.class)
@DirtiesContext
class BadBytesTests {

    private static final String PASSWORD = "a-long-secret-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    private final HttpClient http = HttpClient.newBuilder().build();
    private String username;

    @BeforeEach
    void organiser() {
        username = TestAccounts.unique("bad-bytes");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER);
    }

    @Test
    void aNulByteInTheNewsSearchIsABadRequestOnTheApplicationsPage() throws Exception {
        assertApplicationPage(get("/news/search?q=%00", null), 400, "zh");
        assertApplicationPage(get("/news/search?q=party%00school&lang=en", null), 400, "en");
        HttpResponse<String> brokenUtf8 = get("/news/search?q=%C3%28", null);
        assertThat(brokenUtf8.statusCode()).isIn(200, 400);
        assertNotBare(brokenUtf8);
    }

    @Test
    void aNulByteInTheCadreAndCourseListsIsABadRequest() throws Exception {
        String session = signIn();
        assertApplicationPage(get("/cadres?q=%00", session), 400, "zh");
        assertApplicationPage(get("/courses?q=a%00", session), 400, "zh");
    }

    @Test
    void aNulByteInTheApiIsAProblemDetail() throws Exception {
        assertProblem(get("/api/v1/cadres?q=%00", basic()), 400);
        assertProblem(get("/api/v1/courses?q=%00", basic()), 400);
        assertProblem(get("/api/v1/cadres?q=%00", null), 400);
    }

    @Test
    void aNulByteInAFormFieldIsABadRequest() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String form = "username=" + username + "%00&password=x&_csrf=" + csrf(loginPage);
        HttpResponse<String> answer = http.send(
                request("/login")
                        .header("Cookie", cookies(loginPage))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertApplicationPage(answer, 400, "zh");
    }

    @Test
    void aNulByteInAPathIsABadRequest() throws Exception {
        assertApplicationPage(get("/news/articles/%00", null), 400, "zh", "请求的地址或内容不符合要求");
        assertApplicationPage(get("/news/%00/search", null), 400, "zh", "请求的地址或内容不符合要求");
        assertProblem(get("/api/v1/cadres/%00", basic()), 400);
    }

    @Test
    void anOverLongQueryIsRefusedWithTheApplicationsPage() throws Exception {
        String longQuery = "a".repeat(20_000);
        HttpResponse<String> page = get("/news/search?q=" + longQuery, null);
        assertThat(page.statusCode()).isIn(400, 414, 431);
        assertNotBare(page);
        assertThat(page.body()).contains("干部教育培训管理系统", "或者地址过长");
    }

    @Test
    void anOverLargeChunkedBodyIsRefusedWithTheApplicationsPageOrAProblem() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        HttpResponse<String> page = http.send(
                request("/login")
                        .header("Cookie", cookies(loginPage))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(chunked(4 * 1024 * 1024, "username=" + username + "&password="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        assertNotBare(page);
        assertThat(page.body()).contains("干部教育培训管理系统", "提交的内容过大");

        HttpResponse<String> api = http.send(
                request("/api/v1/courses")
                        .header("Authorization", basic())
                        .header("Content-Type", "application/json")
                        .POST(chunked(60 * 1024 * 1024, "{\"titleZh\": \""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(api, 413);
    }

    private void assertApplicationPage(HttpResponse<String> page, int status, String language) {
        assertApplicationPage(
                page,
                status,
                language,
                "zh".equals(language)
                        ? "请求中含有不允许的字符（如空字符），无法处理。"
                        : "The request holds a character that is not allowed (such as a NUL byte)");
    }

    private void assertApplicationPage(HttpResponse<String> page, int status, String language, String sentence) {
        assertThat(page.statusCode()).as(page.uri() + "\n" + page.body()).isEqualTo(status);
        assertNotBare(page);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("zh".equals(language) ? "干部教育培训管理系统" : "Cadre Training")
                .contains(sentence);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.uri() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"detail\"");
    }

    private static void assertNotBare(HttpResponse<String> page) {
        assertThat(page.body()).doesNotContain("Apache Tomcat", "HTTP Status", "Whitelabel", "Exception");
    }

    private String signIn() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + csrf(loginPage);
        HttpResponse<String> signedIn = http.send(
                request("/login")
                        .header("Cookie", cookies(loginPage))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookies(signedIn);
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (credentials != null) {
            request.header(credentials.startsWith("Basic ") ? "Authorization" : "Cookie", credentials);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a browser asks: pages as HTML first. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,*/*;q=0.8");
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    }

    private static String cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    /** A body of {@code bytes} bytes sent without a length, in chunks, as a client streaming it would. */
    private static HttpRequest.BodyPublisher chunked(long bytes, String start) {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent >= bytes) {
                    return -1;
                }
                return sent < head.length ? head[(int) sent++] : (sent++ >= 0 ? 'a' : 'a');
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= bytes) {
                    return -1;
                }
                int n = (int) Math.min(length, bytes - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = sent < head.length ? head[(int) sent] : (byte) 'a';
                    sent++;
                }
                return n;
            }
        });
    }
}
