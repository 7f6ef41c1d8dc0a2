package org.cadretraining.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the API refuses an HTTP Basic sign-in: 401 for a wrong or missing account, and 429 with Retry-After when the
 * sign-in must wait ({@link SignInLimits}), so that a client that guessed too often is told to wait rather than that
 * a password it may have right is wrong.
 */
@Component
class ApiSignInRefusals implements AuthenticationEntryPoint {

    /** The pair's refill: one more attempt within a minute, whichever limit held it back. */
    private static final String RETRY_AFTER_SECONDS = "60";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiSignInRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (!(refused instanceof LimitedSignIn.SignInDelayed)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", messages.getMessage("login.wait", null, locales.resolveLocale(request)));
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
