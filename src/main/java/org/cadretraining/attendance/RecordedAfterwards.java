package org.cadretraining.attendance;

import java.time.Instant;

/** A course's attendance recorded after it took place: by whom, when, why, and how many cells it wrote. */
public record RecordedAfterwards(String by, Instant at, String note, int presentCells, int exceptionCells) {}
