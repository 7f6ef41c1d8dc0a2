package org.cadretraining.enrolment;

import java.util.List;
import org.cadretraining.enrolment.QuotaListLine.Outcome;
import org.cadretraining.shared.Fingerprint;

/**
 * The preview of a list of places per unit, or its result once written. It is written whole or not at all: not
 * while a line is wrong or all units' places together ({@code total}) exceed the course's {@code capacity}.
 * {@code token} fingerprints what the preview showed; {@code stale} says the situation changed and this is a new
 * preview. The figures are public methods because the page's expressions read them.
 */
record QuotaListReport(
        long courseId, List<QuotaListLine> lines, int total, int capacity, boolean written, boolean stale) {

    long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public long refused() {
        return count(Outcome.REFUSE);
    }

    public long changing() {
        return count(Outcome.NEW) + count(Outcome.CHANGE);
    }

    public boolean overCapacity() {
        return total > capacity;
    }

    public boolean writable() {
        return refused() == 0 && !overCapacity() && changing() > 0;
    }

    QuotaListReport asWritten() {
        return new QuotaListReport(courseId, lines, total, capacity, true, false);
    }

    QuotaListReport asStale() {
        return new QuotaListReport(courseId, lines, total, capacity, false, true);
    }

    public List<String> given() {
        return lines.stream().map(l -> l.given().encode()).toList();
    }

    public String token() {
        StringBuilder text = new StringBuilder().append(total).append('/').append(capacity);
        for (QuotaListLine line : lines) {
            text.append('\n')
                    .append(line.given().encode())
                    .append('|')
                    .append(line.unitId())
                    .append('|')
                    .append(line.before())
                    .append('|')
                    .append(line.outcome())
                    .append(line.arguments());
        }
        return Fingerprint.of(text.toString());
    }
}
