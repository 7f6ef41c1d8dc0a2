package org.cadretraining.attendance;

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
}
