package org.cadretraining.credit;

import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/** A cadre below at least one requirement: what is required of them, what counts, and what is missing. */
record ComplianceRow(
        long cadreId,
        String staffNumber,
        String name,
        LocalizedText unit,
        String tier,
        CreditHours fullTimeRequired,
        CreditHours fullTimeEarned,
        CreditHours fullTimeShortfall,
        CreditHours onlineRequired,
        CreditHours onlineEarned,
        CreditHours onlineShortfall) {}
