package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.DomainException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where staff devices send their queued scans. A device carries a signed, expiring token from the device page
 * ({@code Authorization: Bearer ...}) instead of a session, so a burst of scans costs no session lookups and a device
 * that was offline for hours still sends what it queued. The token is checked first, then the rights it names, and
 * only then is the body read, at most {@link #MOST_BYTES}: a caller without a valid token learns nothing about what
 * it sent (401, never 400) and cannot make the server hold a large body.
 */
@ApiController
class DeviceApiController {

    private final CheckInCodes codes;
    private final AttendanceRights rights;
    /** The most a device may send at once: the intake takes 500 scans a batch, about 150 KB (the page sends 200). */
    static final int MOST_BYTES = 1024 * 1024;

    private final ScanIntake intake;
    private final JsonMapper json;

    DeviceApiController(CheckInCodes codes, AttendanceRights rights, ScanIntake intake, JsonMapper json) {
        this.codes = codes;
        this.rights = rights;
        this.intake = intake;
        this.json = json;
    }

    @PostMapping("/api/v1/attendance/courses/{courseId}/scans")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ScanIntake.ScanBatch.class)))
    ScanIntake.BatchOutcome scans(
            @PathVariable long courseId,
            @RequestHeader(name = "Authorization", required = false) String authorization,
            HttpServletRequest request)
            throws IOException {
        DeviceGrant grant = codes.bearerGrant(authorization, courseId)
                .orElseThrow(() ->
                        new DomainException(DomainException.Kind.UNAUTHORIZED, "attendance.device.tokenInvalid", null));
        var user = grant.asUser();
        rights.requireRunsCheckIn(courseId, user);
        byte[] body = request.getInputStream().readNBytes(MOST_BYTES + 1);
        if (body.length > MOST_BYTES) {
            throw new DomainException(
                    DomainException.Kind.TOO_LARGE, "attendance.device.batchTooLarge", null, MOST_BYTES / 1024);
        }
        return intake.take(courseId, batch(body, request), user);
    }

    /** The body as a batch; what is not one is answered as any unreadable body is (400, the field where known). */
    private ScanIntake.ScanBatch batch(byte[] body, HttpServletRequest request) {
        try {
            ScanIntake.ScanBatch batch = body.length == 0 ? null : json.readValue(body, ScanIntake.ScanBatch.class);
            if (batch == null) {
                throw new HttpMessageNotReadableException(
                        "No batch in the body", new ServletServerHttpRequest(request));
            }
            return batch;
        } catch (JacksonException unreadable) {
            throw new HttpMessageNotReadableException(
                    "Not a batch of scans", unreadable, new ServletServerHttpRequest(request));
        }
    }
}
