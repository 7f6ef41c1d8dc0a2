package org.cadretraining.credit.superior;

/** A pasted line or file row that names nobody the organiser may record, nobody at all, or several cadres. */
record AttendeeProblem(String source, String given, String messageKey) {}
