package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times of check-in as people read them: "08:28" on the day itself, "2020-01-01 08:00" on any other day, so that a
 * time from another day never passes for today's. Templates call it as {@code @attendanceTimes.of(...)}.
 */
@Component("attendanceTimes")
class AttendanceTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    AttendanceTimes(Clock clock) {
        this.clock = clock;
    }

    public String of(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(clock.getZone());
        return local.toLocalDate().equals(LocalDate.now(clock)) ? TIME.format(local) : DATE_TIME.format(local);
    }
}
