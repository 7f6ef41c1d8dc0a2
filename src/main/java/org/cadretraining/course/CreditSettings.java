package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.cadretraining.shared.CreditHours;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution's numbers for the 学时 rule: how many a half day and a whole day are worth, how many scheduled
 * minutes make a full half day, and where the afternoon and the evening begin.
 */
@ConfigurationProperties("app.credit")
record CreditSettings(
        @DefaultValue("3") BigDecimal hoursPerHalfDay,
        @DefaultValue("6") BigDecimal hoursPerDay,
        @DefaultValue("180") int minutesPerHalfDay,
        @DefaultValue("12:00") LocalTime afternoonStarts,
        @DefaultValue("18:00") LocalTime eveningStarts,
        @DefaultValue("75") int minimumAttendedPercent,
        @DefaultValue("1") int leaveCapNumerator,
        @DefaultValue("7") int leaveCapDenominator,
        @DefaultValue("10") int lateAfterMinutes,
        @DefaultValue("10") int earlyLeaveMinutes,
        @DefaultValue("HALF_DAY_BLOCK") EveningCredit eveningCredit,
        @DefaultValue("30") int checkInOpensMinutesBefore) {

    CreditSettings {
        if (minutesPerHalfDay <= 0 || !afternoonStarts.isBefore(eveningStarts)) {
            throw new IllegalArgumentException("app.credit: minutes-per-half-day must be positive and the "
                    + "afternoon must start before the evening");
        }
        if (minimumAttendedPercent < 0
                || minimumAttendedPercent > 100
                || leaveCapNumerator < 0
                || leaveCapDenominator <= 0
                || lateAfterMinutes < 0
                || earlyLeaveMinutes < 0
                || checkInOpensMinutesBefore < 0) {
            throw new IllegalArgumentException("app.credit: percentages lie in 0..100, the leave cap is a fraction "
                    + "with a positive denominator, thresholds are not negative");
        }
    }

    TrainingRules rules() {
        return new TrainingRules(
                CreditHours.of(hoursPerHalfDay),
                CreditHours.of(hoursPerDay),
                minutesPerHalfDay,
                afternoonStarts,
                eveningStarts,
                minimumAttendedPercent,
                leaveCapNumerator,
                leaveCapDenominator,
                lateAfterMinutes,
                earlyLeaveMinutes,
                eveningCredit,
                checkInOpensMinutesBefore);
    }
}
