package org.cadretraining.report.statistics;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the statistics' workbooks write a sheet: its name and bold headings from the bundle, and an "about" sheet with
 * the period, the rules and the moment of export in the institution's time zone.
 */
@Component
class Sheets {

    private final MessageSource messages;
    private final Clock clock;

    Sheets(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    Worksheet sheet(Workbook workbook, String nameKey, Locale locale) {
        return workbook.newWorksheet(text(nameKey, locale));
    }

    void headings(Worksheet sheet, Locale locale, List<String> keys) {
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(0, c, text(keys.get(c), locale));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
    }

    /**
     * The period, how the figures are counted, and when they were taken, as the institution's local time and the
     * zone's name: fastexcel would write an instant in the server's zone, so the local date-time is written.
     */
    void about(Worksheet about, Period period, Locale locale) {
        about.value(0, 0, text("report.statistics.period", locale));
        about.value(0, 1, period.label());
        about.value(1, 0, text("report.statistics.exportedAt", locale));
        about.value(1, 1, LocalDateTime.now(clock).withSecond(0).withNano(0));
        about.style(1, 1).format("yyyy-mm-dd hh:mm").set();
        about.value(2, 0, text("report.statistics.timeZone", locale));
        about.value(2, 1, clock.getZone().getId());
        int r = 3;
        for (String rule : RULES) {
            about.value(r++, 0, messages.getMessage(rule, new Object[] {period.year()}, locale));
        }
        about.width(0, 24);
        about.width(1, 20);
    }

    /** The rules every statistic follows, written under the annual report and beside every export. */
    static final List<String> RULES = List.of(
            "report.statistics.rule.scope",
            "report.statistics.rule.courses",
            "report.statistics.rule.places",
            "report.statistics.rule.hours",
            "report.statistics.rule.trained",
            "report.statistics.rule.compliance");

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    String yesNo(boolean value, Locale locale) {
        return text(value ? "report.statistics.yes" : "report.statistics.no", locale);
    }
}
