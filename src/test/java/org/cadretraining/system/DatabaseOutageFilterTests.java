package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.thymeleaf.TemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request that fails while the database cannot be reached is a 503, even when a library wrapped the failure beyond
 * recognition (Bucket4j wraps the pool's timeout, and the pool's timeout may come without its reason); a request
 * that fails while the database answers is the failure it is.
 */
class DatabaseOutageFilterTests {

    /** What a sign-in limit's bucket throws when the pool gave up before any connection attempt had failed. */
    private static final FilterChain WRAPPED_POOL_TIMEOUT = (request, response) -> {
        throw new IllegalStateException(
                "bucket", new SQLTransientConnectionException("Connection is not available, request timed out"));
    };

    @Test
    void anUnrecognisedFailureWhileTheDatabaseIsUnreachableIs503ProblemDetails() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(false).doFilter(apiRequest(), response, WRAPPED_POOL_TIMEOUT);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("The database cannot be reached");
    }

    @Test
    void theSameFailureWhileTheDatabaseAnswersIsNotBlamedOnIt() {
        assertThatThrownBy(
                        () -> filter(true).doFilter(apiRequest(), new MockHttpServletResponse(), WRAPPED_POOL_TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bucket");
    }

    private static MockHttpServletRequest apiRequest() {
        return new MockHttpServletRequest("GET", "/api/v1/courses/1/evaluation");
    }

    private static DatabaseOutageFilter filter(boolean databaseAnswers) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        DatabaseWatch watch = new DatabaseWatch(
                database(databaseAnswers),
                new StaticListableBeanFactory().getBeanProvider(EmbeddedPostmaster.class),
                context,
                Duration.ofSeconds(2));
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("database.unavailable.title", Locale.ENGLISH, "Database unavailable");
        messages.addMessage("database.unavailable.detail", Locale.ENGLISH, "The database cannot be reached.");
        return new DatabaseOutageFilter(
                watch,
                messages,
                new FixedLocaleResolver(Locale.ENGLISH),
                new TemplateEngine(),
                JsonMapper.builder().build());
    }

    private static DataSource database(boolean answers) {
        Connection connection = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> true;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (!answers) {
                        throw new SQLException("Connection refused", "08001");
                    }
                    return connection;
                });
    }
}
