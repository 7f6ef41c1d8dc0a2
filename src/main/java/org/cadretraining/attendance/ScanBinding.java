package org.cadretraining.attendance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a scan id is bound to: the first scan sent with it. */
record ScanBinding(long itemId, long cadreId, String device) {

    static ScanBinding of(Scan scan) {
        return new ScanBinding(scan.itemId(), scan.cadreId(), ScanColumns.device(scan));
    }

    boolean allows(Scan scan) {
        return itemId == scan.itemId()
                && cadreId == scan.cadreId()
                && (device == null || ScanColumns.device(scan) == null || device.equals(ScanColumns.device(scan)));
    }

    /**
     * What these scans' ids were first sent for, as the audit log (which keeps every scan) says. One index probe
     * per scan id, whatever the planner believes of the log's size: with statistics taken while the log was small, a
     * filter of the whole array chose to read every row of the log for every group (over a second per group).
     */
    static Map<UUID, ScanBinding> firstUses(JdbcClient jdbc, List<Scan> scans) {
        String[] ids =
                scans.stream().map(scan -> scan.scanId().toString()).distinct().toArray(String[]::new);
        Map<UUID, ScanBinding> bindings = new HashMap<>();
        jdbc.sql("""
                        select s.scan_id, first.agenda_item_id, first.cadre_id, first.device
                        from unnest(?::uuid[]) as s(scan_id)
                        cross join lateral (
                            select agenda_item_id, cadre_id, device
                            from attendance_audit
                            where scan_id = s.scan_id and reason_code is distinct from 'scan_id_conflict'
                              and cadre_id is not null
                            order by id
                            limit 1) as first
        """).param(ids).query(rs -> {
            bindings.put(rs.getObject(1, UUID.class), new ScanBinding(rs.getLong(2), rs.getLong(3), rs.getString(4)));
        });
        return bindings;
    }
}
