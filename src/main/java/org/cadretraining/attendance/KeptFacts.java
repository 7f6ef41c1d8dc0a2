package org.cadretraining.attendance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * Facts a check-in is judged against, kept in this node's memory with the {@link CheckInFactsVersion} known when
 * they were read. They may only let a scan through to the writer, which compares that version with the database's
 * and judges again where it moved: a refusal is always judged on the tables themselves, never on kept facts.
 */
final class KeptFacts<K, V> {

    /** A fact and the version known when it was read: it is at least as new as that version. */
    record Kept<V>(V value, long version) {}

    private final CheckInFactsVersion version;
    private final Cache<K, Kept<V>> kept;

    KeptFacts(CheckInFactsVersion version, long mostEntries) {
        this.version = version;
        this.kept = Caffeine.newBuilder().maximumSize(mostEntries).build();
        version.onNewer(kept::invalidateAll);
    }

    /** The fact kept for the key, read with {@code read} when none is kept or it is older than the version known. */
    Kept<V> get(K key, Function<K, V> read) {
        Kept<V> found = kept.getIfPresent(key);
        long known = version.known();
        if (found != null && found.version() >= known) {
            return found;
        }
        Kept<V> fresh = new Kept<>(read.apply(key), known);
        // kept only if no newer version was learned while reading: the fact could be older than that version
        if (version.known() == known) {
            kept.put(key, fresh);
        }
        return fresh;
    }
}
