package org.cadretraining.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;

/**
 * What a reminder would do, shown before it is sent: to whom (and which of them also by email), when the last round
 * went and whether another may go now.
 *
 * @param nextAllowedAt null when a round may go now
 */
record ReminderPreview(
        CourseSummary course,
        ResponseRate rate,
        List<Recipient> recipients,
        boolean mailConfigured,
        Optional<ReminderRound> last,
        Instant nextAllowedAt,
        Duration interval) {

    /** A trainee who would be reminded; {@code email} is their address, blank when their record has none. */
    record Recipient(ResponseRate.Pending who, String email) {

        public boolean mailed() {
            return !email.isEmpty();
        }
    }

    ReminderPreview {
        recipients = List.copyOf(recipients);
    }

    public int count() {
        return recipients.size();
    }

    public long mailCount() {
        return mailConfigured ? recipients.stream().filter(Recipient::mailed).count() : 0;
    }

    public long intervalHours() {
        return interval.toHours();
    }

    /** Whether the round may be sent now: the questionnaire is open, someone is left, and it is not too soon. */
    public boolean sendable() {
        return rate.phase() == Questionnaire.Phase.OPEN && !recipients.isEmpty() && nextAllowedAt == null;
    }
}
