package org.cadretraining.attendance;

/**
 * A headcount at a leg of a field study, as a device sends it: the scan (its direction is the leg's window) and the
 * vehicle the person was counted on (null: the one they are assigned to, if any).
 */
record LegScan(Scan scan, Leg leg, Long vehicleId) {}
