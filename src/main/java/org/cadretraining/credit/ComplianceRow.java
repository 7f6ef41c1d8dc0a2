package org.cadretraining.credit;

import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * A cadre below at least one requirement: what is required of them, what counts (hours, of which carried from last
 * year, and days of full-time training where days may meet it), what is missing, and the deadline a promotion set.
 */
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
        CreditHours onlineShortfall,
        Integer fullTimeDaysRequired,
        int fullTimeDays,
        MetBy fullTimeMetBy,
        PromotionDeadline promotion) {}
