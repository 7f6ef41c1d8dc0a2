package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.cadretraining.report.statistics.Figures.TierCompliance;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the statistics' workbooks write a sheet: bold headings from the bundle, the same columns as the pages, and an
 * "about" sheet with the period, the rules and the moment of export in the institution's time zone.
 */
@Component
class Sheets {

    static final List<String> FIGURES = List.of(
            "report.statistics.courses",
            "report.statistics.places",
            "report.statistics.days",
            "report.statistics.hoursDelivered",
            "report.statistics.completionRate",
            "report.statistics.leaves",
            "report.statistics.withdrawals",
            "report.statistics.cadres",
            "report.statistics.trained",
            "report.statistics.hours",
            "report.statistics.hoursPerCadre");
    static final List<String> CADRE_COLUMNS = List.of(
            "report.statistics.staffNumber",
            "report.statistics.name",
            "report.statistics.unit",
            "report.statistics.rank",
            "report.statistics.category",
            "report.statistics.places",
            "report.statistics.days",
            "report.statistics.courseHours",
            "report.statistics.completed",
            "report.statistics.leaves",
            "report.statistics.withdrawals",
            "report.statistics.fullTime",
            "report.statistics.online",
            "report.statistics.hours",
            "report.statistics.fullTimeWindow",
            "report.statistics.fullTimeMet",
            "report.statistics.onlineWindow",
            "report.statistics.onlineMet",
            "report.statistics.trainedColumn");
    static final List<String> COURSE_COLUMNS = List.of(
            "report.statistics.title.column",
            "report.statistics.startsOn",
            "report.statistics.endsOn",
            "report.statistics.form",
            "report.statistics.type",
            "report.statistics.places",
            "report.statistics.days",
            "report.statistics.hoursDelivered",
            "report.statistics.decided",
            "report.statistics.completed",
            "report.statistics.leaves",
            "report.statistics.withdrawals");
    static final List<String> GROUP_COLUMNS = List.of(
            "report.statistics.rank",
            "report.statistics.cadres",
            "report.statistics.trained",
            "report.statistics.fullTime",
            "report.statistics.online",
            "report.statistics.hours",
            "report.statistics.hoursPerCadre",
            "report.statistics.allMet",
            "report.statistics.allMetRate");
    static final List<String> COURSE_GROUP_COLUMNS = List.of(
            "report.statistics.form",
            "report.statistics.courses",
            "report.statistics.places",
            "report.statistics.days",
            "report.statistics.hoursDelivered",
            "report.statistics.completionRate");

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

    void cadre(Worksheet sheet, int r, CadreRow row, Locale locale) {
        sheet.value(r, 0, row.staffNumber());
        sheet.value(r, 1, row.name());
        sheet.value(r, 2, row.unit().in(locale));
        sheet.value(
                r,
                3,
                row.rank() == null
                        ? text("report.statistics.rank.NONE", locale)
                        : row.rank().in(locale));
        sheet.value(r, 4, row.category());
        sheet.value(r, 5, row.places());
        sheet.value(r, 6, row.days());
        sheet.value(r, 7, row.courseHours());
        sheet.value(r, 8, row.completed());
        sheet.value(r, 9, row.leaves());
        sheet.value(r, 10, row.withdrawals());
        sheet.value(r, 11, row.fullTime());
        sheet.value(r, 12, row.online());
        sheet.value(r, 13, row.hours());
        sheet.value(r, 14, row.fullTimeWindow());
        sheet.value(r, 15, yesNo(row.fullTimeMet(), locale));
        sheet.value(r, 16, row.onlineWindow());
        sheet.value(r, 17, yesNo(row.onlineMet(), locale));
        sheet.value(r, 18, yesNo(row.trained(), locale));
    }

    void course(Worksheet sheet, int r, CourseRow row, Locale locale) {
        sheet.value(r, 0, row.title().in(locale));
        sheet.value(r, 1, row.startsOn());
        sheet.style(r, 1).format("yyyy-mm-dd").set();
        sheet.value(r, 2, row.endsOn());
        sheet.style(r, 2).format("yyyy-mm-dd").set();
        sheet.value(r, 3, text("report.statistics.form." + row.form(), locale));
        sheet.value(r, 4, text("report.statistics.type." + row.type(), locale));
        sheet.value(r, 5, row.places());
        sheet.value(r, 6, row.days());
        sheet.value(r, 7, row.hours());
        sheet.value(r, 8, row.decided());
        sheet.value(r, 9, row.completed());
        sheet.value(r, 10, row.leaves());
        sheet.value(r, 11, row.withdrawals());
    }

    void cadreTotals(Worksheet sheet, int r, int c, CadreTotals totals) {
        sheet.value(r, c, totals.cadres());
        sheet.value(r, c + 1, totals.trained());
        sheet.value(r, c + 2, totals.fullTime());
        sheet.value(r, c + 3, totals.online());
        sheet.value(r, c + 4, totals.hours());
        sheet.value(r, c + 5, totals.hoursPerCadre());
        sheet.value(r, c + 6, totals.allMet());
        sheet.value(r, c + 7, totals.allMetPercent());
    }

    void courseTotals(Worksheet sheet, int r, int c, CourseTotals totals) {
        sheet.value(r, c, totals.courses());
        sheet.value(r, c + 1, totals.places());
        sheet.value(r, c + 2, totals.days());
        sheet.value(r, c + 3, totals.hours());
        sheet.value(r, c + 4, totals.completionPercent());
    }

    void compliance(Worksheet sheet, Figures figures, Locale locale) {
        headings(
                sheet,
                locale,
                List.of(
                        "report.statistics.requirement",
                        "report.statistics.required",
                        "report.statistics.cadres",
                        "report.statistics.met",
                        "report.statistics.rate"));
        int r = 0;
        for (TierCompliance tier : figures.compliance()) {
            r++;
            row(
                    sheet,
                    r,
                    text("report.chart." + tier.tier() + ".FULL_TIME", locale),
                    tier.fullTimeRequired(),
                    tier.cadres(),
                    tier.fullTimeMet(),
                    tier.fullTimePercent());
            r++;
            row(
                    sheet,
                    r,
                    text("report.chart." + tier.tier() + ".ONLINE", locale),
                    tier.onlineRequired(),
                    tier.cadres(),
                    tier.onlineMet(),
                    tier.onlinePercent());
        }
        sheet.width(0, 20);
    }

    private static void row(Worksheet sheet, int r, String name, BigDecimal required, long cadres, long met, int rate) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, required);
        sheet.value(r, 2, cadres);
        sheet.value(r, 3, met);
        sheet.value(r, 4, rate);
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
