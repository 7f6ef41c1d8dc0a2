package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log of scans: every scan received leaves a row, whatever became of it, with its reason code, the
 * person a reused scan id was first sent for, and the device grant that sent it.
 */
@Component
class ScanAudit {

    private final JdbcClient jdbc;

    ScanAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Scans refused before they reached the group (not of the course, outside the window, ...), in the audit log. */
    void refused(List<ScanGroups.Entry> entries, List<ScanResult> results, Instant receivedAt) {
        write(entries, results, Timestamp.from(receivedAt));
    }

    /** The group's audit rows in one statement, in the caller's transaction. */
    void write(List<ScanGroups.Entry> group, List<ScanResult> results, Timestamp now) {
        if (group.isEmpty()) {
            return;
        }
        ScanColumns c = ScanColumns.of(group);
        String[] outcomes = results.stream().map(r -> r.outcome().name()).toArray(String[]::new);
        String[] codes = results.stream()
                .map(r -> r.refusal() == null ? null : r.refusal().code())
                .toArray(String[]::new);
        Long[] others = results.stream().map(ScanResult::otherCadreId).toArray(Long[]::new);
        jdbc.sql("""
                        insert into attendance_audit (agenda_item_id, cadre_id, direction, method, scan_id, device,
                                                      scanned_at, recorded_by, received_at, outcome, reason,
                                                      reason_code, other_cadre_id, grant_id)
                        select item, cadre, direction, method, scan, device, at, by, ?, outcome, reason, code, other,
                               grant_id
                        from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                                    ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
                                    ?::bigint[])
                             as a(item, cadre, direction, method, scan, device, at, by, outcome, reason, code, other,
                                  grant_id)
                        """)
                .params(
                        now,
                        c.items(),
                        c.cadres(),
                        c.directions(),
                        c.methods(),
                        c.scans(),
                        c.devices(),
                        c.ats(),
                        c.bys(),
                        outcomes,
                        c.reasons(),
                        codes,
                        others,
                        c.grants())
                .update();
    }
}
