package org.cadretraining.evaluation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cadretraining.shared.DomainException;

/**
 * A course's questionnaire: the template asked, the agenda items evaluated one by one, when it opens and closes, and
 * whether completion waits for each trainee's answers. It says itself whether it may be answered at a moment.
 */
record Questionnaire(
        long courseId,
        long templateId,
        Instant opensAt,
        Instant closesAt,
        boolean requiredForCompletion,
        List<Long> itemIds) {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    enum Phase {
        NOT_OPEN,
        OPEN,
        CLOSED
    }

    Questionnaire {
        itemIds = List.copyOf(itemIds);
        if (opensAt == null) {
            throw DomainException.invalid("opensAt", "evaluation.questionnaire.opensAtRequired");
        }
        if (closesAt == null) {
            throw DomainException.invalid("closesAt", "evaluation.questionnaire.closesAtRequired");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw DomainException.invalid("closesAt", "evaluation.questionnaire.closesBeforeOpens");
        }
    }

    Phase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.NOT_OPEN;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    /** Refuses answers before it opens and after it closes, saying when (in the institution's time zone). */
    void requireOpen(Instant now, ZoneId zone) {
        switch (phaseAt(now)) {
            case NOT_OPEN -> throw DomainException.conflict(null, "evaluation.answer.notOpen", shown(opensAt, zone));
            case CLOSED -> throw DomainException.conflict(null, "evaluation.answer.closed", shown(closesAt, zone));
            case OPEN -> {}
        }
    }

    /** The questionnaire closed now, ahead of its planned closing. */
    Questionnaire closedAt(Instant now, ZoneId zone) {
        if (phaseAt(now) == Phase.CLOSED) {
            throw DomainException.conflict(null, "evaluation.questionnaire.alreadyClosed", shown(closesAt, zone));
        }
        // to the second: the database keeps microseconds and rounds, so a closing time with more digits could come
        // back a little later than now (still open), and the settings form's time field takes no more than seconds
        Instant closing = now.truncatedTo(ChronoUnit.SECONDS);
        Instant opens = opensAt.isBefore(closing) ? opensAt : closing.minusSeconds(1);
        return new Questionnaire(courseId, templateId, opens, closing, requiredForCompletion, itemIds);
    }

    /** The same questionnaire with new settings; once answered, its template and items stay as they were answered. */
    Questionnaire revisedTo(Questionnaire next, boolean answered) {
        if (answered && (next.templateId != templateId || !next.itemIds.equals(itemIds))) {
            throw DomainException.conflict("templateId", "evaluation.questionnaire.answeredFixed");
        }
        return next;
    }

    static String shown(Instant moment, ZoneId zone) {
        return SHOWN.format(moment.atZone(zone));
    }
}
