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

    /**
     * The fact kept for the key, read with {@code read} when none is kept or it is older than the version known. One
     * read per key at a time: when a change of the facts makes every node forget them, the two hundred devices of a
     * burst that find nothing kept wait for the first one's read instead of each reading the same row (which put
     * hundreds of reads before the pool's ten connections at the start of each burst).
     */
    Kept<V> get(K key, Function<K, V> read) {
        long known = version.known();
        Kept<V> found = kept.getIfPresent(key);
        if (found != null && found.version() >= known) {
            return found;
        }
        if (found != null) {
            kept.asMap().remove(key, found);
        }
        Kept<V> loaded = kept.get(key, k -> new Kept<>(read.apply(k), known));
        if (loaded.version() >= known) {
            return loaded;
        }
        // read by another before this caller learned a newer version: read again, and keep it only if no newer
        // version was learned meanwhile
        Kept<V> fresh = new Kept<>(read.apply(key), known);
        if (version.known() == known) {
            kept.put(key, fresh);
        }
        return fresh;
    }
}
