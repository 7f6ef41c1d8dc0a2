package org.cadretraining.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.cadretraining.shared.DomainException;

/**
 * A round of reminders sent to those who had not answered: when, and to how many. Trainees are not reminded twice
 * within the institution's interval (app.evaluation.reminder-interval), so the latest round says when the next may go.
 */
record ReminderRound(Instant sentAt, int recipients) {

    Instant nextAllowed(Duration interval) {
        return sentAt.plus(interval);
    }

    boolean allowsAnotherAt(Instant now, Duration interval) {
        return !now.isBefore(nextAllowed(interval));
    }

    /** Refuses a round too soon after this one, saying when this one went and when the next may. */
    void requireAnotherAllowedAt(Instant now, Duration interval, ZoneId zone) {
        if (!allowsAnotherAt(now, interval)) {
            throw DomainException.conflict(
                    null,
                    "evaluation.reminder.tooSoon",
                    Questionnaire.shown(sentAt, zone),
                    Questionnaire.shown(nextAllowed(interval), zone));
        }
    }
}
