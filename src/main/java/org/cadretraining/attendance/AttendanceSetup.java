package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records checks without a page or a device, for demo data and other modules' tests. The first check-in of a cadre
 * at an item wins; a later one is ignored here (the check-in pages keep it in the audit log).
 */
@Service
public class AttendanceSetup {

    private final JdbcClient jdbc;
    private final Clock clock;

    AttendanceSetup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks the cadre in at the item at the given time; false when they had already checked in. */
    @Transactional
    public boolean checkIn(long itemId, long cadreId, Instant at, CheckMethod method, String reason, String by) {
        return record(itemId, cadreId, "IN", at, method, reason, by);
    }

    /** Checks the cadre out of the item at the given time. */
    @Transactional
    public void checkOut(long itemId, long cadreId, Instant at, CheckMethod method, String reason, String by) {
        record(itemId, cadreId, "OUT", at, method, reason, by);
    }

    private boolean record(
            long itemId, long cadreId, String direction, Instant at, CheckMethod method, String reason, String by) {
        return jdbc.sql("""
                                insert into attendance_check (agenda_item_id, cadre_id, direction, checked_at, method,
                                                              scan_id, recorded_by, recorded_at, reason)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict do nothing
                                """)
                        .params(
                                itemId,
                                cadreId,
                                direction,
                                Timestamp.from(at),
                                method.name(),
                                UUID.randomUUID(),
                                by,
                                Timestamp.from(clock.instant()),
                                reason)
                        .update()
                > 0;
    }
}
