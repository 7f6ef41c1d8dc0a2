package org.cadretraining.credit;

import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;

/** What a declaration of external training says, checked before it is stored. */
record Declaration(
        long cadreId,
        ExternalKind kind,
        String title,
        String provider,
        LocalDate startsOn,
        LocalDate endsOn,
        CreditHours hours) {}
