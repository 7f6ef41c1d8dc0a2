package org.cadretraining.attendance;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
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
 * body, a failure, the database not answering) goes on, with its body, to that controller, which answers with the
 * full problem details (and the guards before it: bad bytes, oversized bodies, a database outage). Taking a batch
 * twice is harmless: every scan carries its own id, and a scan already recorded is answered DUPLICATE. It stands
 * before the observation of HTTP requests, whose set-up cost a tenth of a device burst's CPU, and times what it takes
 * itself ({@code attendance.device.batches}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeviceScanFastPath extends OncePerRequestFilter {

    private static final Pattern SCANS = Pattern.compile("/api/v1/attendance/courses/(\\d{1,18})/scans");
    /** Larger batches (more than the intake takes anyway) go the general way. */
    private static final int MOST_BYTES = 256 * 1024;

    private final DeviceTokenCheck tokens;
    private final ScanIntake intake;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final Timer taken;

    DeviceScanFastPath(
            DeviceTokenCheck tokens,
            ScanIntake intake,
            JsonMapper json,
            LocaleResolver locales,
            ObjectProvider<MeterRegistry> meters) {
        this.tokens = tokens;
        this.intake = intake;
        this.json = json;
        this.locales = locales;
        this.taken = Timer.builder("attendance.device.batches")
                .description("Device batches of scans taken on the short way, from the token check to the answer")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
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
        long start = System.nanoTime();
        Optional<Holder> holder = holder(request);
        if (holder.isEmpty()) {
            // not a valid device of the course: the body is not read here, the controller answers 401 or 403
            chain.doFilter(request, response);
            return;
        }
        byte[] body = body(request);
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
        // with its length, so that the answer goes out whole, without chunks
        byte[] answer = json.writeValueAsBytes(taken.get());
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
        this.taken.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** Up to one byte more than the short way takes, read at once when the length is given. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > MOST_BYTES) {
            return request.getInputStream().readNBytes(MOST_BYTES + 1);
        }
        byte[] body = new byte[(int) length];
        int read = request.getInputStream().readNBytes(body, 0, body.length);
        return read == body.length ? body : java.util.Arrays.copyOf(body, read);
    }

    /** The course of the address and the grant of a valid device token whose holder runs its check-in. */
    private record Holder(long courseId, DeviceGrant grant) {}

    private Optional<Holder> holder(HttpServletRequest request) {
        Matcher path = SCANS.matcher(request.getRequestURI());
        if (!path.matches()) {
            return Optional.empty();
        }
        long courseId = Long.parseLong(path.group(1));
        try {
            DeviceGrants.Use use = tokens.use(request.getHeader(HttpHeaders.AUTHORIZATION), courseId);
            return use.granted() ? Optional.of(new Holder(courseId, use.grant())) : Optional.empty();
        } catch (RuntimeException failed) {
            // the database not answering, say: the general way answers it (503 while it is down)
            logger.debug("A device batch goes the general way after: " + failed);
            return Optional.empty();
        }
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
}
