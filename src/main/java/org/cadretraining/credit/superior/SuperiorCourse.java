package org.cadretraining.credit.superior;

import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;

/** A recorded external course, as its page shows it. */
record SuperiorCourse(
        long id,
        SuperiorKind kind,
        String title,
        String provider,
        LocalDate startsOn,
        LocalDate endsOn,
        CreditHours hours,
        String evidenceName,
        int attendees,
        String recordedBy,
        Instant recordedAt) {}
