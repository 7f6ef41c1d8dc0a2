package org.cadretraining.enrolment;

import java.util.List;
import org.cadretraining.enrolment.BulkLine.Outcome;
import org.cadretraining.shared.Fingerprint;

/**
 * A bulk step's preview, or its result once written. {@code token} fingerprints what the preview promised, so that
 * a confirmation writes only what was shown; {@code cohort} is the cohort the batch joins (null: none); {@code stale} says the situation changed and this is a new preview.
 */
record BulkReport(
        long courseId, CourseRole role, Integer cohort, List<BulkLine> lines, boolean written, boolean stale) {

    long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    long enrolled() {
        return count(Outcome.ENROL);
    }

    long waitlisted() {
        return count(Outcome.WAITLIST);
    }

    long refused() {
        return count(Outcome.REFUSE);
    }

    BulkReport asWritten() {
        return new BulkReport(courseId, role, cohort, lines, true, false);
    }

    BulkReport asStale() {
        return new BulkReport(courseId, role, cohort, lines, false, true);
    }

    String token() {
        StringBuilder text = new StringBuilder(role.name()).append('|').append(cohort);
        for (BulkLine line : lines) {
            text.append('\n')
                    .append(line.wanted().encode())
                    .append('|')
                    .append(line.cadre() == null ? "" : line.cadre().id())
                    .append('|')
                    .append(line.outcome())
                    .append('|')
                    .append(line.messageKey())
                    .append(line.arguments());
        }
        return Fingerprint.of(text.toString());
    }
}
