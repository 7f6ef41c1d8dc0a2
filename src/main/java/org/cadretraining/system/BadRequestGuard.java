package org.cadretraining.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses, before anything reads them, the bytes no form or client of ours sends, and bodies larger than the
 * application takes: a NUL byte in the address or in a query or form value (PostgreSQL cannot store one, and a search
 * would fail deep inside with a server error) gets 400, and a body over {@code app.max-body-size} (JSON; forms are
 * held to Tomcat's own form limit, uploads to the multipart limit) gets 413, also when it comes in chunks without a
 * length. Pages get the application's error page, the API a problem detail, each in the reader's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BadRequestGuard extends OncePerRequestFilter {

    /** The request attribute that tells the error page which sentence explains the refusal. */
    static final String MESSAGE_KEY = BadRequestGuard.class.getName() + ".messageKey";

    private final ProblemTexts texts;
    private final LocaleResolver locales;
    private final long maxBodyBytes;

    BadRequestGuard(
            MessageSource messages, LocaleResolver locales, @Value("${app.max-body-size:10MB}") DataSize maxBodySize) {
        this.texts = new ProblemTexts(messages);
        this.locales = locales;
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNul(request)) {
            refuse(request, response, 400, "problem.badCharacter");
            return;
        }
        if (!isMultipart(request) && request.getContentLengthLong() > maxBodyBytes) {
            refuse(request, response, 413, "problem.requestTooLarge");
            return;
        }
        HttpServletRequest limited = isMultipart(request) ? request : new SizeLimitedRequest(request, maxBodyBytes);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!causedBy(failure, SizeLimitedRequest.BodyTooLarge.class) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            refuse(request, response, 413, "problem.requestTooLarge");
        }
    }

    private boolean holdsNul(HttpServletRequest request) {
        if (hasEncodedNul(request.getRequestURI()) || hasEncodedNul(request.getQueryString())) {
            return true;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        try {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0) {
                    return true;
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        return true;
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            // a form Tomcat could not read (too large): it sets its own status, the error report answers it
        }
        return false;
    }

    private static boolean hasEncodedNul(String text) {
        return text != null
                && (text.indexOf('\0') >= 0 || text.toLowerCase(Locale.ROOT).contains("%00"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        if (ProblemTexts.isApi(request)) {
            Locale locale = languageOf(request);
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(texts.problemJson(status, messageKey, locale));
            return;
        }
        request.setAttribute(MESSAGE_KEY, messageKey);
        response.sendError(status);
    }

    /** As the API picks its language: {@code ?lang=}, else the pages' choice. */
    private Locale languageOf(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && lang.startsWith("en")) {
            return Locale.ENGLISH;
        }
        return lang != null && lang.startsWith("zh") ? WebConfiguration.DEFAULT_LOCALE : locales.resolveLocale(request);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
