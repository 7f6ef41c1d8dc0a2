package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;

/** One line of the cadre directory. */
public record CadreRow(
        long id,
        String staffNumber,
        String name,
        String nameEn,
        Gender gender,
        long unitId,
        LocalizedText unitName,
        LocalizedText position,
        String rankCode,
        LocalizedText rankName,
        boolean active) {}
