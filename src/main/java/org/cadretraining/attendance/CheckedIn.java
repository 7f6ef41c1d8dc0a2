package org.cadretraining.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trainees checked in (or out) at agenda items: the scans one write recorded, as item and trainee. Scans answered
 * as duplicates or conflicts change nothing and are not in it.
 */
public record CheckedIn(List<Cell> cells) {

    /** One trainee at one agenda item. */
    public record Cell(long itemId, long cadreId) {}

    public CheckedIn {
        cells = List.copyOf(cells);
    }

    /** The event for the scans of a write that were recorded; empty when none was. */
    static Optional<CheckedIn> ofRecorded(List<Scan> scans, List<ScanResult> results) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            if (results.get(i).outcome() == ScanOutcome.RECORDED) {
                cells.add(new Cell(scans.get(i).itemId(), scans.get(i).cadreId()));
            }
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(new CheckedIn(cells));
    }
}
