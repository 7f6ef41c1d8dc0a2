package org.cadretraining.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database does not answer, every page and API call gets a 503 at once: a page saying so in the reader's
 * language, or problem details, never a hang, a bare 500 or a 401 that blames the password. It stands before the
 * session and security filters, which are the first to need the database. The operations endpoints still answer,
 * so that a load balancer sees readiness DOWN.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final String RETRY_AFTER_SECONDS = "10";

    private final DatabaseWatch watch;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final JsonMapper json;

    DatabaseOutageFilter(
            DatabaseWatch watch,
            MessageSource messages,
            LocaleResolver locales,
            ITemplateEngine templates,
            JsonMapper json) {
        this.watch = watch;
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (watch.down()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !causedByOutage(e)) {
                throw e;
            }
            unavailable(request, response);
            return;
        }
        // HTTP Basic answers 401 when the account could not be read, as if the password were wrong
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()
                && !response.isCommitted()
                && request.getHeader(HttpHeaders.AUTHORIZATION) != null
                && !watch.reachableNow()) {
            unavailable(request, response);
        }
    }

    /**
     * Whether a request failed because the database cannot be reached: said by the exception itself, or, when a
     * library wrapped it beyond recognition (a sign-in limit's bucket, a pool timeout without its reason), by asking
     * the database now.
     */
    private boolean causedByOutage(Exception failure) {
        if (DatabaseWatch.isConnectionFailure(failure)) {
            watch.nudge();
            return true;
        }
        return !watch.reachableNow();
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("database.unavailable.title", null, locale);
        String detail = messages.getMessage("database.unavailable.detail", null, locale);
        if (wantsProblemDetails(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        Context page = new Context(locale, Map.of("path", request.getRequestURI()));
        templates.process("database-unavailable", page, response.getWriter());
    }

    private static boolean wantsProblemDetails(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
