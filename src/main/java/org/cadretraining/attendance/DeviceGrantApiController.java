package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A course's staff-device grants as JSON: who holds each, since when, last used, its state; and revocation. */
@ApiController("/api/v1/attendance/courses/{courseId}/device-grants")
@Tag(name = "Attendance", description = "Check-in, marking and attendance of agenda items")
class DeviceGrantApiController {

    /** A grant: {@code state} is ACTIVE, EXPIRED (its latest token ran out) or REVOKED. */
    record GrantOut(
            long id,
            String holder,
            Instant issuedAt,
            Instant renewedAt,
            Instant expiresAt,
            Instant lastUsedAt,
            String state,
            Instant revokedAt,
            String revokedBy) {

        static GrantOut of(DeviceGrantLine line) {
            return new GrantOut(
                    line.id(),
                    line.holder(),
                    line.issuedAt(),
                    line.renewedAt(),
                    line.expiresAt(),
                    line.lastUsedAt(),
                    line.state().name(),
                    line.revokedAt(),
                    line.revokedBy());
        }
    }

    private final DeviceGrants grants;
    private final AttendanceRights rights;

    DeviceGrantApiController(DeviceGrants grants, AttendanceRights rights) {
        this.grants = grants;
        this.rights = rights;
    }

    @GetMapping
    @Operation(summary = "The course's staff-device grants, the latest first (those who run its check-in)")
    List<GrantOut> list(@PathVariable long courseId) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        return grants.of(courseId).stream().map(GrantOut::of).toList();
    }

    @PostMapping("/{grantId}/revoke")
    @Operation(
            summary = "Revokes a grant: its tokens stop working at once",
            description = "Organisers revoke any grant of the course, others only their own; 204 also when it was"
                    + " revoked before.")
    ResponseEntity<Void> revoke(@PathVariable long courseId, @PathVariable long grantId) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        grants.revoke(courseId, grantId, user);
        return ResponseEntity.noContent().build();
    }
}
