package org.cadretraining.attendance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The moment a trainee scanned the screen's code, kept in a signed value while they sign in on a phone that was not
 * signed in: the rotating code lasts 20 to 40 s, signing in takes longer. The check-in is honoured afterwards, with
 * the scan's time, if the sign-in comes within the grace period ({@code app.attendance.scan-grace}, 5 minutes by
 * default). The value names the item and the moment, never the person, so it is useless to anyone who cannot sign in
 * as a trainee of the course; its scan id is derived from it, so opening it twice checks in once.
 */
@Component
class ScanTickets {

    /** A scan of the item's code at a moment, with the scan id every use of the same ticket shares. */
    record Ticket(long itemId, Instant scannedAt, UUID scanId) {}

    private final CheckInCodes codes;
    private final Duration grace;

    ScanTickets(CheckInCodes codes, @Value("${app.attendance.scan-grace:PT5M}") Duration grace) {
        this.codes = codes;
        this.grace = grace;
    }

    String issue(long itemId, Instant scannedAt) {
        String body = itemId + "." + scannedAt.toEpochMilli();
        return "T" + body + "." + codes.sign("ticket|" + body);
    }

    /** The ticket's scan when it is genuine; empty for anything altered or made up. */
    Optional<Ticket> read(String ticket) {
        if (ticket == null || !ticket.startsWith("T") || ticket.length() > 100) {
            return Optional.empty();
        }
        String[] parts = ticket.substring(1).split("\\.");
        if (parts.length != 3 || !codes.genuine("ticket|" + parts[0] + "." + parts[1], parts[2])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Ticket(
                    Long.parseLong(parts[0]),
                    Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    UUID.nameUUIDFromBytes(ticket.getBytes(StandardCharsets.UTF_8))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a sign-in at {@code now} still honours a scan made at {@code scannedAt}. */
    boolean inGrace(Instant scannedAt, Instant now) {
        return !now.isBefore(scannedAt) && !now.isAfter(scannedAt.plus(grace));
    }

    long graceMinutes() {
        return grace.toMinutes();
    }
}
