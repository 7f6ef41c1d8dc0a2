package org.cadretraining.organisation.importing;

/**
 * A cadre row that passed every check, with its unit and rank resolved. A value is {@code null} when the file has no
 * such column (the cadre's current value is then kept), or for gender and rank, when the cell is blank.
 */
record StagedCadre(
        int row,
        String staffNumber,
        String name,
        String nameEn,
        String gender,
        long unitId,
        String positionZh,
        String positionEn,
        String rankCode,
        String category,
        String phone,
        String email,
        String note,
        Boolean active) {}
