package org.cadretraining.enrolment;

import java.util.List;
import java.util.Locale;
import org.cadretraining.enrolment.BulkLine.Outcome;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A bulk step's report as people read it, in their language: one row per person asked for. */
@Component
class BulkView {

    /** One person: where they were asked for, who they are, what happens to them and why. */
    record Row(
            Integer row,
            String given,
            Long cadreId,
            String staffNumber,
            String name,
            String unit,
            Outcome outcome,
            String outcomeText,
            String reason) {}

    /** The report for a page or the API. */
    record Report(
            long courseId,
            CourseRole role,
            Integer cohort,
            String token,
            boolean written,
            boolean stale,
            long enrolled,
            long waitlisted,
            long refused,
            List<Row> rows,
            List<String> wanted) {}

    private final MessageSource messages;

    BulkView(MessageSource messages) {
        this.messages = messages;
    }

    Report of(BulkReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        String phase = report.written() ? "done" : "preview";
        List<Row> rows = report.lines().stream()
                .map(line -> new Row(
                        line.wanted().row(),
                        line.given(),
                        line.cadre() == null ? null : line.cadre().id(),
                        line.cadre() == null ? null : line.cadre().staffNumber(),
                        line.cadre() == null ? null : line.cadre().nameIn(locale),
                        line.cadre() == null ? null : line.cadre().unit().in(locale),
                        line.outcome(),
                        text("enrolment.bulk." + phase + "." + line.outcome(), locale),
                        messages.getMessage(line.messageKey(), line.arguments().toArray(), locale)))
                .toList();
        return new Report(
                report.courseId(),
                report.role(),
                report.cohort(),
                report.token(),
                report.written(),
                report.stale(),
                report.enrolled(),
                report.waitlisted(),
                report.refused(),
                rows,
                report.lines().stream().map(l -> l.wanted().encode()).toList());
    }

    String staleSentence() {
        return text("enrolment.bulk.stale", LocaleContextHolder.getLocale());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
