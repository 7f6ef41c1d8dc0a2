package org.cadretraining.organisation.importing;

import org.cadretraining.organisation.UnitKind;

/**
 * A unit row that passed every check. Name in English, parent code and active flag are {@code null} when the file
 * has no such column (the unit's current value is kept); an empty parent code makes it a root unit.
 */
record StagedUnit(
        int row, String code, String nameZh, String nameEn, String parentCode, UnitKind kind, Boolean active) {}
