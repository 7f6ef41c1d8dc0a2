package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.LocalTime;
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
        @DefaultValue("18:00") LocalTime eveningStarts) {

    CreditSettings {
        if (minutesPerHalfDay <= 0 || !afternoonStarts.isBefore(eveningStarts)) {
            throw new IllegalArgumentException("app.credit: minutes-per-half-day must be positive and the "
                    + "afternoon must start before the evening");
        }
    }
}
