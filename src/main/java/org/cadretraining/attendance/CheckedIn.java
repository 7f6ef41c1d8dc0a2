package org.cadretraining.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * Trainees checked in (or out) at agenda items: the scans one write recorded, as course, item and trainee (one write
 * may hold scans of several courses). Scans answered as duplicates or conflicts change nothing and are not in it.
 */
public record CheckedIn(List<Cell> cells) {

    /** One trainee at one agenda item of a course. */
    public record Cell(long courseId, long itemId, long cadreId) {}

    public CheckedIn {
        cells = List.copyOf(cells);
    }

    /**
     * The event for the scans of a write that were recorded, with the course of each item ({@code courseOfItem});
     * empty when none was.
     */
    static Optional<CheckedIn> ofRecorded(List<Scan> scans, List<ScanResult> results, LongUnaryOperator courseOfItem) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            if (results.get(i).outcome() == ScanOutcome.RECORDED) {
                Scan scan = scans.get(i);
                cells.add(new Cell(courseOfItem.applyAsLong(scan.itemId()), scan.itemId(), scan.cadreId()));
            }
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(new CheckedIn(cells));
    }
}
