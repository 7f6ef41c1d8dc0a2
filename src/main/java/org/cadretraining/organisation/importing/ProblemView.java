package org.cadretraining.organisation.importing;

/** A problem as shown to a reader: row, the column's key and its name in their language, and the reason. */
record ProblemView(int row, String column, String columnName, String reason) {}
