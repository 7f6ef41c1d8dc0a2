package org.cadretraining.attendance;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the codes of check-in: the rotating code on the screen names an agenda item and a window of
 * {@value #WINDOW_SECONDS} seconds; a badge names a cadre. Both carry an HMAC-SHA256 with the server's secret, so
 * nobody can make one up, and a rotating code is good only in its own window and the one after it: a photo sent
 * to someone who is not in the room is useless within 40 seconds. The keys, and which one signs, are
 * {@link SigningKeys}'; each signature names its key.
 */
@Component
class CheckInCodes {

    static final int WINDOW_SECONDS = 20;
    private static final int SIGNATURE_BYTES = 16;
    private static final char KEY_ID_END = '~';

    private final SigningKeys keys;
    private final Clock clock;

    CheckInCodes(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The code the screen shows now for the item. */
    String rotatingCode(long itemId) {
        long window = window();
        return itemId + "." + window + "." + sign("code|" + itemId + "|" + window);
    }

    /** The item a rotating code names, when it is genuine and of this window or the one before. */
    Optional<Long> itemOf(String code) {
        String[] parts = code == null ? new String[0] : code.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            long itemId = Long.parseLong(parts[0]);
            long window = Long.parseLong(parts[1]);
            if (!genuine("code|" + itemId + "|" + window, parts[2])) {
                return Optional.empty();
            }
            long now = window();
            return window == now || window == now - 1 ? Optional.of(itemId) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a code is genuine but no longer (or not yet) good, to tell the person to scan again. */
    boolean expired(String code) {
        String[] parts = code == null ? new String[0] : code.split("\\.");
        try {
            return parts.length == 3
                    && genuine("code|" + Long.parseLong(parts[0]) + "|" + Long.parseLong(parts[1]), parts[2])
                    && itemOf(code).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The code printed on a cadre's badge. */
    String badge(long cadreId) {
        return "B" + cadreId + "." + sign("badge|" + cadreId);
    }

    /**
     * Every badge of the cadre that is accepted now, one per key (the current one first), so that an offline device
     * recognises a badge printed before a rotation.
     */
    List<String> acceptedBadges(long cadreId) {
        return keys.accepted().stream()
                .map(key -> "B" + cadreId + "." + sign(key, "badge|" + cadreId))
                .toList();
    }

    /** The cadre a badge names, when it is genuine. */
    Optional<Long> cadreOf(String badge) {
        if (badge == null || !badge.startsWith("B")) {
            return Optional.empty();
        }
        String[] parts = badge.substring(1).split("\\.");
        try {
            long cadreId = Long.parseLong(parts[0]);
            return parts.length == 2 && genuine("badge|" + cadreId, parts[1]) ? Optional.of(cadreId) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a genuine device token says: the grant it belongs to and until when this token holds. */
    record DeviceClaim(long grantId, Instant expiresAt) {}

    /**
     * A staff device's token for one course: the grant it belongs to and until when it holds, signed like the codes,
     * so it cannot be forged or stretched. Who holds the grant and whether it still stands is kept in the database.
     */
    String deviceToken(long courseId, long grantId, Instant expiresAt) {
        String body = "D" + courseId + "." + grantId + "." + expiresAt.getEpochSecond();
        return body + "." + sign("device|" + body);
    }

    /** The token of an {@code Authorization: Bearer ...} header, when there is one. */
    static Optional<String> bearer(String authorization) {
        String bearer = "Bearer ";
        return authorization != null && authorization.startsWith(bearer)
                ? Optional.of(authorization.substring(bearer.length()).strip())
                : Optional.empty();
    }

    /** What a device token says, when it is genuine and for this course; expired or not. */
    Optional<DeviceClaim> deviceClaim(String token, long courseId) {
        if (token == null || !token.startsWith("D")) {
            return Optional.empty();
        }
        int cut = token.lastIndexOf('.');
        if (cut < 0 || !genuine("device|" + token.substring(0, cut), token.substring(cut + 1))) {
            return Optional.empty();
        }
        String[] parts = token.substring(1, cut).split("\\.");
        try {
            if (parts.length != 3 || Long.parseLong(parts[0]) != courseId) {
                return Optional.empty();
            }
            return Optional.of(
                    new DeviceClaim(Long.parseLong(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Seconds until the screen's code changes. */
    long secondsLeft() {
        return WINDOW_SECONDS - clock.instant().getEpochSecond() % WINDOW_SECONDS;
    }

    private long window() {
        return Math.floorDiv(clock.instant().getEpochSecond(), WINDOW_SECONDS);
    }

    /**
     * Whether the signature is this institution's for the message (for other signed values of attendance): made with
     * the key whose id it carries, or, for one made before keys had ids, with any accepted key.
     */
    boolean genuine(String message, String signature) {
        if (signature == null) {
            return false;
        }
        int cut = signature.indexOf(KEY_ID_END);
        if (cut < 0) {
            return keys.accepted().stream().anyMatch(key -> matches(key, message, signature));
        }
        return keys.byId(signature.substring(0, cut))
                .map(key -> matches(key, message, signature.substring(cut + 1)))
                .orElse(false);
    }

    String sign(String message) {
        return sign(keys.current(), message);
    }

    private static String sign(SigningKeys.Key key, String message) {
        return key.id() + KEY_ID_END + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, message));
    }

    private static boolean matches(SigningKeys.Key key, String message, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, message), given);
    }

    private static byte[] mac(SigningKeys.Key key, String message) {
        return Arrays.copyOf(Hmac.sha256(key.secret(), message), SIGNATURE_BYTES);
    }
}
