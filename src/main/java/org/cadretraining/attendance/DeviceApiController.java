package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where staff devices send their queued scans. A device carries a short-lived token of its grant from the device
 * page ({@code Authorization: Bearer ...}) instead of a session, so a burst of scans costs no session lookups. The
 * token is checked first, then its grant and its holder's rights as they stand now, and only then is the body read,
 * at most {@link #MOST_BYTES}: a caller without a valid token learns nothing about what it sent (401 with its reason
 * code, never 400) and cannot make the server hold a large body.
 */
@ApiController
class DeviceApiController {

    /** The most a device may send at once: the intake takes 500 scans a batch, about 150 KB (the page sends 200). */
    static final int MOST_BYTES = 1024 * 1024;

    /** A device token that does not count: 401 with the reason code ({@code invalid}, {@code expired}, ...). */
    static final class TokenRefused extends RuntimeException {
        private final CheckInRefusal refusal;

        TokenRefused(CheckInRefusal refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }
    }

    private final DeviceTokenCheck tokens;
    private final ScanIntake intake;
    private final RefusalTexts texts;
    private final JsonMapper json;

    DeviceApiController(DeviceTokenCheck tokens, ScanIntake intake, RefusalTexts texts, JsonMapper json) {
        this.tokens = tokens;
        this.intake = intake;
        this.texts = texts;
        this.json = json;
    }

    @PostMapping("/api/v1/attendance/courses/{courseId}/scans")
    @Operation(
            summary = "A staff device's queued scans",
            description = "Each scan gets its outcome (RECORDED, DUPLICATE, CONFLICT, REFUSED) and, when it did not"
                    + " count, a reasonCode: invalid, outside_window, course_not_running, not_enrolled,"
                    + " already_checked_in, scan_id_conflict (otherCadreId names the person the scan id was first"
                    + " used for), not_an_item_of_course, before_token, in_the_future. A token that does not count"
                    + " is answered 401 with reasonCode invalid, expired or revoked. At a field study a scan may name"
                    + " its leg (DEPART, ARRIVE, LEAVE_SITE, RETURN; then its direction is the leg's) and the vehicleId"
                    + " the person was counted on; a leg at another item, or a vehicle not of the item, is refused"
                    + " invalid.")
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
        DeviceGrants.Use use = tokens.use(authorization, courseId);
        if (!use.granted()) {
            throw new TokenRefused(use.refusal());
        }
        byte[] body = request.getInputStream().readNBytes(MOST_BYTES + 1);
        if (body.length > MOST_BYTES) {
            throw new DomainException(
                    DomainException.Kind.TOO_LARGE, "attendance.device.batchTooLarge", null, MOST_BYTES / 1024);
        }
        return intake.take(courseId, batch(body, request), use.grant().holder(), use.grant());
    }

    @ExceptionHandler(TokenRefused.class)
    ProblemDetail refused(TokenRefused refused) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, texts.text(refused.refusal.messageKey()));
        problem.setTitle(texts.text("attendance.device.tokenInvalid"));
        problem.setProperty("reasonCode", refused.refusal.code());
        return problem;
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
