package org.cadretraining.attendance;

import java.util.List;

/** A group's scans as columns, the shape in which PostgreSQL takes them ({@code unnest} of arrays). */
record ScanColumns(
        Long[] items,
        Long[] cadres,
        String[] directions,
        String[] ats,
        String[] methods,
        String[] scans,
        String[] devices,
        String[] bys,
        String[] reasons,
        Long[] grants) {

    static ScanColumns of(List<ScanGroups.Entry> group) {
        int n = group.size();
        ScanColumns c = new ScanColumns(
                new Long[n],
                new Long[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new Long[n]);
        for (int i = 0; i < n; i++) {
            Scan s = group.get(i).scan();
            c.items[i] = s.itemId();
            c.cadres[i] = s.cadreId();
            c.directions[i] = s.direction().name();
            c.ats[i] = s.at().toString();
            c.methods[i] = s.method().name();
            c.scans[i] = s.scanId().toString();
            c.devices[i] = device(s);
            c.bys[i] = group.get(i).by();
            c.reasons[i] = group.get(i).reason();
            c.grants[i] = s.grantId();
        }
        return c;
    }

    /** The device as the audit log keeps it (at most 100 characters). */
    static String device(Scan scan) {
        return scan.device() == null || scan.device().length() <= 100
                ? scan.device()
                : scan.device().substring(0, 100);
    }
}
