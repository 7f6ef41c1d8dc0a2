package org.cadretraining.credit.superior;

/** A cadre found for a course: their id, staff number, name and unit, as the preview lists them. */
record Attendee(long cadreId, String staffNumber, String name, String unitName) {}
