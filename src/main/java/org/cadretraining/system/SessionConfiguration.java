package org.cadretraining.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in the database, read once and written only when they change (see {@link QuietSessionTouches}): a
 * signed-in page view, such as a trainee's check-in, costs one read of the session and no write.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor quietSessionTouches(@Value("${app.session.touch-interval:PT1M}") Duration interval) {
        return QuietSessionTouches.wrapping(interval);
    }

    /**
     * A page rendered by Thymeleaf flushes its writer at the end, which commits the response while Spring Session's
     * filter is still running: the session is then saved there, and again when the filter ends, after reading it a
     * second time from the database. Inside the session filter, an HTML page's flush is left to the container, which
     * sends the page as soon as the request is done; everything else (downloads, event streams) flushes as it asks.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> htmlSentWhenDone() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        chain.doFilter(request, new HtmlFlushedWhenDone(response));
                    }
                });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    private static final class HtmlFlushedWhenDone extends HttpServletResponseWrapper {

        private PrintWriter writer;

        HtmlFlushedWhenDone(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                        if (!isHtml()) {
                            super.flush();
                        }
                    }
                };
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!isHtml()) {
                super.flushBuffer();
            }
        }

        private boolean isHtml() {
            String type = getContentType();
            return type != null && type.startsWith("text/html");
        }
    }
}
