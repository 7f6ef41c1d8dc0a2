package org.cadretraining.attendance;

/** A vehicle of a field study (1号车, 2号车 ...), with its seats where the organiser set them (null: not set). */
record Vehicle(long id, long itemId, String name, Integer capacity) {}
