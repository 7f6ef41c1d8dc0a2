package org.cadretraining.attendance;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign what attendance hands out, each with an id that the signatures carry. Either from
 * configuration ({@code app.attendance.code-secret}, with {@code app.attendance.previous-code-secrets} still
 * accepted after a change), or, when that is unset, kept in the database: made once by whichever node starts first,
 * so that every node and every restart signs and checks with the same keys. A rotation adds a key; the one it
 * replaces is accepted for {@code app.attendance.retired-key-accepted-for} (longer than any code, ticket, device
 * token or course's badges live). Other nodes read the keys again each minute, and at once for an id they do not
 * know.
 */
@Component
class SigningKeys {

    /** A key and its id, as carried by signatures ({@code <id>~<signature>}). */
    record Key(String id, SecretKeySpec secret) {}

    private static final Duration RELOAD_EVERY = Duration.ofMinutes(1);
    /** An unknown id reloads the keys, but no more often than this, so that made-up ids cost no database work. */
    private static final Duration UNKNOWN_ID_RELOAD_AT_MOST_EVERY = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<Key> configured;
    private final Duration retiredAccepted;
    private volatile List<Key> loaded = List.of();
    private volatile long loadedAt;

    SigningKeys(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Value("${app.attendance.code-secret:}") String secret,
            @Value("${app.attendance.previous-code-secrets:}") List<String> previous,
            @Value("${app.attendance.retired-key-accepted-for:P60D}") Duration retiredAccepted) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.retiredAccepted = retiredAccepted;
        if (secret == null || secret.isBlank()) {
            this.configured = List.of();
        } else {
            this.configured = java.util.stream.Stream.concat(java.util.stream.Stream.of(secret), previous.stream())
                    .filter(s -> s != null && !s.isBlank())
                    .map(SigningKeys::configuredKey)
                    .toList();
        }
    }

    /** Whether the keys come from configuration (then they are rotated there, not here). */
    boolean configured() {
        return !configured.isEmpty();
    }

    Duration retiredAccepted() {
        return retiredAccepted;
    }

    /** The key that signs now. */
    Key current() {
        return accepted().getFirst();
    }

    /** Every key a signature may carry, the current one first. */
    List<Key> accepted() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (loaded.isEmpty() || System.nanoTime() - loadedAt > RELOAD_EVERY.toNanos()) {
            load();
        }
        return loaded;
    }

    Optional<Key> byId(String id) {
        Optional<Key> known = find(accepted(), id);
        if (known.isPresent() || !configured.isEmpty()) {
            return known;
        }
        if (System.nanoTime() - loadedAt > UNKNOWN_ID_RELOAD_AT_MOST_EVERY.toNanos()) {
            load(); // rotated on another node since this one last looked
        }
        return find(loaded, id);
    }

    /** Adds a key that signs from now on; the previous one is still accepted for the retired keys' time. */
    Key rotate() {
        if (!configured.isEmpty()) {
            throw new IllegalStateException("the signing key comes from app.attendance.code-secret: change it there"
                    + " and list the old one in app.attendance.previous-code-secrets");
        }
        accepted();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('attendance_signing_key'))")
                    .query()
                    .singleRow();
            jdbc.sql("update attendance_signing_key set retired_at = now() where retired_at is null")
                    .update();
            jdbc.sql("insert into attendance_signing_key (id, secret)"
                            + " select coalesce(max(id), 0) + 1, ? from attendance_signing_key")
                    .param(randomSecret())
                    .update();
        });
        load();
        return current();
    }

    private synchronized void load() {
        // the first node to get here makes the key; every other one, now or later, finds it
        jdbc.sql("insert into attendance_signing_key (id, secret) values (1, ?) on conflict (id) do nothing")
                .param(randomSecret())
                .update();
        loaded = jdbc.sql("""
                        select id, secret from attendance_signing_key
                         where retired_at is null or retired_at > now() - make_interval(secs => ?)
                         order by retired_at is not null, id desc
                        """)
                .param((double) retiredAccepted.toSeconds())
                .query((rs, n) -> new Key(
                        Integer.toString(rs.getInt("id")), new SecretKeySpec(rs.getBytes("secret"), "HmacSHA256")))
                .list();
        loadedAt = System.nanoTime();
    }

    private static Optional<Key> find(List<Key> keys, String id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** A configured key's id: derived from the secret (and telling nothing about it), so it changes with it. */
    private static Key configuredKey(String secret) {
        SecretKeySpec spec = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        byte[] id = Arrays.copyOf(Hmac.sha256(spec, "key id"), 6);
        return new Key("c" + Base64.getUrlEncoder().withoutPadding().encodeToString(id), spec);
    }

    private static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
