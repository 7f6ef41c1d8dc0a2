package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.web.bind.annotation.PostMapping;

/** The administrator rotates the key kept in the database that signs codes, badges, device tokens and tickets. */
@ApiController("/api/v1/attendance/signing-keys")
@Tag(name = "Attendance", description = "Check-in, marking and attendance of agenda items")
class SigningKeyApiController {

    /** The key that signs from now on; the one it replaced is still accepted for {@code retiredAcceptedFor}. */
    record Rotated(String keyId, String retiredAcceptedFor) {}

    private final SigningKeys keys;

    SigningKeyApiController(SigningKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/rotation")
    @Operation(
            summary = "Rotate the signing key (administrators; only when app.attendance.code-secret is not set)",
            description = "Adds a key that signs from now on; what the previous key signed, printed badges"
                    + " included, is still accepted for app.attendance.retired-key-accepted-for.")
    Rotated rotate() {
        if (!CurrentUser.get().has(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
        if (keys.configured()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "attendance.signingKey.configured", null);
        }
        return new Rotated(keys.rotate().id(), keys.retiredAccepted().toString());
    }
}
