package org.cadretraining.organisation;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One period of a cadre's service: the unit, position and rank they held from one date to another. */
@Table("cadre_assignment")
record Assignment(
        @Id Long id,
        Long unitId,
        String positionZh,
        String positionEn,
        String rankCode,
        LocalDate validFrom,
        LocalDate validTo,
        Instant recordedAt,
        String recordedBy) {

    boolean isCurrent() {
        return validTo == null;
    }

    Assignment endingOn(LocalDate day) {
        return new Assignment(null, unitId, positionZh, positionEn, rankCode, validFrom, day, recordedAt, recordedBy);
    }
}
