package org.cadretraining.attendance;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff devices' scans, on the shortest way through the server: when hundreds of devices send at once, the
 * general web stack (session, security and observation filters, handler lookup, message conversion) costs several
 * times the check-in itself. A request with a valid device token for its course, whose grant stands and whose
 * holder runs the course's check-in now (read from the database, as on every node), and a well-formed batch is taken here, by the same {@link ScanIntake} and with the same JSON as
 * {@link DeviceApiController}; anything else (no or a bad token, someone else's course, a malformed or oversized
 * body, a failure) goes on, with its body, to that controller, which answers with the full problem details. Taking a
 * batch twice is harmless: every scan carries its own id, and a scan already recorded is answered DUPLICATE.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 45)
class DeviceScanFastPath extends OncePerRequestFilter {

    private static final Pattern SCANS = Pattern.compile("/api/v1/attendance/courses/(\\d{1,18})/scans");
    /** Larger batches (more than the intake takes anyway) go the general way. */
    private static final int MOST_BYTES = 256 * 1024;

    private final DeviceTokenCheck tokens;
    private final ScanIntake intake;
    private final JsonMapper json;
    private final LocaleResolver locales;

    DeviceScanFastPath(DeviceTokenCheck tokens, ScanIntake intake, JsonMapper json, LocaleResolver locales) {
        this.tokens = tokens;
        this.intake = intake;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) == null
                || !isJson(request.getContentType())
                || !SCANS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Holder> holder = holder(request);
        if (holder.isEmpty()) {
            // not a valid device of the course: the body is not read here, the controller answers 401 or 403
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MOST_BYTES + 1);
        Optional<ScanIntake.BatchOutcome> taken =
                body.length > MOST_BYTES ? Optional.empty() : take(request, holder.get(), body);
        if (taken.isEmpty()) {
            chain.doFilter(new ReplayedBody(request, body), response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        json.writeValue(response.getOutputStream(), taken.get());
    }

    /** The course of the address and the grant of a valid device token whose holder runs its check-in. */
    private record Holder(long courseId, DeviceGrant grant) {}

    private Optional<Holder> holder(HttpServletRequest request) {
        Matcher path = SCANS.matcher(request.getRequestURI());
        if (!path.matches()) {
            return Optional.empty();
        }
        long courseId = Long.parseLong(path.group(1));
        DeviceGrants.Use use = tokens.use(request.getHeader(HttpHeaders.AUTHORIZATION), courseId);
        return use.granted() ? Optional.of(new Holder(courseId, use.grant())) : Optional.empty();
    }

    private Optional<ScanIntake.BatchOutcome> take(HttpServletRequest request, Holder holder, byte[] body) {
        ScanIntake.ScanBatch batch;
        try {
            batch = json.readValue(body, ScanIntake.ScanBatch.class);
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
        if (batch == null) {
            return Optional.empty();
        }
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            return Optional.of(
                    intake.take(holder.courseId(), batch, holder.grant().holder(), holder.grant()));
        } catch (RuntimeException failed) {
            logger.debug("A device batch goes the general way after: " + failed);
            return Optional.empty();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request again: the part of the body this filter has read, then whatever it left unread. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final InputStream body;

        ReplayedBody(HttpServletRequest request, byte[] read) throws IOException {
            super(request);
            this.body = new SequenceInputStream(new ByteArrayInputStream(read), request.getInputStream());
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    finished = next < 0;
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = body.read(buffer, offset, length);
                    finished = count < 0;
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read as a stream");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
