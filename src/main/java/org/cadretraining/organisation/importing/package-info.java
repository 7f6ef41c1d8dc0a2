/**
 * Import of units and cadres from XLSX and CSV files: every row is checked first, then all are written in one
 * transaction or none, in a background job whose progress lives in the database.
 */
package org.cadretraining.organisation.importing;
