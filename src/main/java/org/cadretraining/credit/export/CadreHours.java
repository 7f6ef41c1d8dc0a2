package org.cadretraining.credit.export;

import org.cadretraining.shared.CreditHours;

/** One cadre's 学时 of one year: full-time training, online learning and both together. */
public record CadreHours(
        String staffNumber,
        String name,
        String unitCode,
        String unitName,
        int year,
        CreditHours fullTime,
        CreditHours online,
        CreditHours total) {}
