package org.cadretraining.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links to cadres' calendars. A token is 256 random bits shown to its cadre once; only its SHA-256 is
 * stored, and a token is found again by hashing what a calendar app presents. Creating a link retires the cadre's
 * previous one, so a link that leaked is replaced in one step.
 */
@Service
class CalendarTokens {

    /** The link a cadre has in use: when it was made and when a calendar app last fetched it. */
    record InUse(Instant createdAt, Instant lastUsedAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a new token for the cadre, revoking any earlier one, and returns it: it cannot be read back later. */
    @Transactional
    String create(long cadreId, String createdBy) {
        revoke(cadreId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into calendar_token (cadre_id, token_hash, created_at, created_by)
                        values (:cadreId, :hash, :now, :by)
                        """)
                .param("cadreId", cadreId)
                .param("hash", hash(token))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", createdBy)
                .update();
        return token;
    }

    @Transactional
    void revoke(long cadreId) {
        jdbc.sql("update calendar_token set revoked_at = :now where cadre_id = :cadreId and revoked_at is null")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("cadreId", cadreId)
                .update();
    }

    @Transactional(readOnly = true)
    Optional<InUse> inUse(long cadreId) {
        return jdbc.sql("""
                        select created_at, last_used_at from calendar_token
                        where cadre_id = :cadreId and revoked_at is null
                        """)
                .param("cadreId", cadreId)
                .query((rs, n) -> new InUse(
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null
                                ? null
                                : rs.getTimestamp("last_used_at").toInstant()))
                .optional();
    }

    /** The cadre whose calendar a token opens, if it is one in use; notes the fetch. */
    @Transactional
    Optional<Long> cadreOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update calendar_token set last_used_at = :now
                        where token_hash = :hash and revoked_at is null
                        returning cadre_id
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("hash", hash(token))
                .query(Long.class)
                .optional();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
