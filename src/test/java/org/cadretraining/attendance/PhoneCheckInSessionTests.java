package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A trainee's phone check-in, over real HTTP with a session in the database: the session is read once per request
 * (not again after the page is flushed) and not written back when only its last-access time would move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneCheckInSessionTests {

    static final AtomicInteger reads = new AtomicInteger();

    /** Counts what reaches the database's session repository, beneath the application's own wrapping of it. */
    @TestConfiguration
    static class Counting {
        @Bean
        static CountingPostProcessor sessionReadCounter() {
            return new CountingPostProcessor();
        }
    }

    static final class CountingPostProcessor implements BeanPostProcessor, PriorityOrdered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof JdbcIndexedSessionRepository)) {
                return bean;
            }
            return Proxy.newProxyInstance(
                    bean.getClass().getClassLoader(), bean.getClass().getInterfaces(), (proxy, method, args) -> {
                        if (method.getName().equals("findById")) {
                            reads.incrementAndGet();
                        }
                        try {
                            return method.invoke(bean, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    CheckInCodes codes;

    @Autowired
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCheckInReadsTheSessionOnceAndDoesNotWriteIt() throws Exception {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        long course = fixture.course(LocalDate.now(clock));
        long item = fixture.itemOpenNow(course, clock, "LECTURE");
        long cadre = fixture.trainee(course, "周敏");
        String username = fixture.prefix + "phone";
        long account = jdbc.sql("insert into account (username, password_hash, display_name, cadre_id, created_at)"
                        + " values (?, '{noop}phone password', '周敏', ?, now()) returning id")
                .params(username, cadre)
                .query(Long.class)
                .single();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CADRE')")
                .param(account)
                .update();
        String session = signIn(username);
        Timestamp touched = lastAccess(session);

        reads.set(0);
        HttpResponse<String> first = get("/check-in/" + codes.rotatingCode(item), session);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("签到成功");
        assertThat(reads).hasValue(1);

        reads.set(0);
        HttpResponse<String> again = get("/check-in/" + codes.rotatingCode(item), session);
        assertThat(again.body()).contains("您已于");
        assertThat(reads).hasValue(1);
        // only the last-access time would have moved, by less than a minute: nothing written
        assertThat(lastAccess(session)).isEqualTo(touched);
        assertThat(fixture.checkIns(item)).isEqualTo(1);
    }

    /** The session's last-access time as stored; the cookie carries the session's id in Base64. */
    private Timestamp lastAccess(String cookie) {
        String sessionId =
                new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
        return jdbc.sql("select to_timestamp(last_access_time / 1000.0) from spring_session where session_id = ?")
                .param(sessionId)
                .query(Timestamp.class)
                .single();
    }

    private String signIn(String username) throws Exception {
        HttpResponse<String> form = get("/login", null);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        // the page's CSRF token comes in a cookie of its own, not in a session
                        .header("Cookie", cookies(form))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=phone+password&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return cookie(login);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';')))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }
}
