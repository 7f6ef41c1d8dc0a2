package org.cadretraining.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A form upload larger than the multipart limit is sent back to the page it came from with an explanation. Left
 * alone, the container refuses to read any of the request's parameters, the CSRF check fails on that, and the person
 * sees a bare error page. This runs after the session is available and before security reads a parameter. (The
 * per-file limit is set to the request limit, so a request within this one never exceeds the other. Modules check
 * their own, smaller limits per file and say so next to the field.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1000)
class OversizedUploads extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    OversizedUploads(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxRequestBytes < 0 || request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        FlashMap problem = new FlashMap();
        problem.put("uploadTooLarge", DataSize.ofBytes(maxRequestBytes).toMegabytes());
        flash.saveOutputFlashMap(problem, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", backTo(request));
    }

    /** The page the form was on, when it is one of ours; else the address the form was sent to. */
    private static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                // a path starting "//" would send the browser to another host
                if (request.getServerName().equalsIgnoreCase(from.getHost())
                        && from.getRawPath() != null
                        && from.getRawPath().startsWith("/")
                        && !from.getRawPath().startsWith("//")) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException unreadable) {
                // fall back to the form's own address
            }
        }
        return request.getRequestURI();
    }
}
