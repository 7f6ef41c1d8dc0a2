package org.cadretraining.attendance;

import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.DomainException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Where staff devices send their queued scans. A device carries a signed, expiring token from the device page
 * ({@code Authorization: Bearer ...}) instead of a session, so a burst of scans costs no session lookups and a device
 * that was offline for hours still sends what it queued. The token is checked here, then the rights it names.
 */
@ApiController
class DeviceApiController {

    private final CheckInCodes codes;
    private final AttendanceRights rights;
    private final ScanIntake intake;

    DeviceApiController(CheckInCodes codes, AttendanceRights rights, ScanIntake intake) {
        this.codes = codes;
        this.rights = rights;
        this.intake = intake;
    }

    @PostMapping("/api/v1/attendance/courses/{courseId}/scans")
    ScanIntake.BatchOutcome scans(
            @PathVariable long courseId,
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody ScanIntake.ScanBatch batch) {
        DeviceGrant grant = codes.bearerGrant(authorization, courseId)
                .orElseThrow(() ->
                        new DomainException(DomainException.Kind.UNAUTHORIZED, "attendance.device.tokenInvalid", null));
        var user = grant.asUser();
        rights.requireRunsCheckIn(courseId, user);
        return intake.take(courseId, batch, user);
    }
}
