package org.cadretraining.attendance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Scans let through on facts this node keeps ({@link KeptFacts}) are judged again, from the database, when the facts
 * have changed since on any node: the version is read in the transaction that writes the group, so a scan counts
 * only if what it was judged on still held when it was recorded (a place withdrawn, a device revoked, an item moved
 * a moment before is refused with its reason, as if nothing had been kept).
 */
@Component
class StaleJudgements {

    /** The version of a scan judged on the tables themselves, not on kept facts: never judged again. */
    static final long ON_THE_TABLES = Long.MAX_VALUE;

    /** Judges a scan again from the database: why it may not count now, if it may not. */
    @FunctionalInterface
    interface Again {
        Optional<CheckInRefusal> refusal(Scan scan);
    }

    private final CheckInFactsVersion version;

    StaleJudgements(CheckInFactsVersion version) {
        this.version = version;
    }

    /** The scans of the group that may not count after all, by their place in it, with why. */
    Map<Integer, CheckInRefusal> refusals(List<ScanGroups.Entry> group) {
        long oldest = group.stream().mapToLong(ScanGroups.Entry::judgedOn).min().orElse(ON_THE_TABLES);
        if (oldest == ON_THE_TABLES) {
            return Map.of();
        }
        long now = version.read();
        Map<Integer, CheckInRefusal> refused = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            ScanGroups.Entry entry = group.get(i);
            if (entry.judgedOn() < now) {
                int position = i;
                entry.again().refusal(entry.scan()).ifPresent(why -> refused.put(position, why));
            }
        }
        return refused;
    }
}
