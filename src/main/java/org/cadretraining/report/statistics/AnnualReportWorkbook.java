package org.cadretraining.report.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.cadretraining.report.statistics.AnnualReport.CourseLine;
import org.cadretraining.report.statistics.AnnualReport.RankLine;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as one sheet in the usual layout: a title, the table by rank level with its total, the courses
 * by form and by type, training elsewhere and online, and under it the rules the figures follow and when and in
 * which time zone they were taken. Headings in the reader's language.
 */
@Component
class AnnualReportWorkbook {

    private final MessageSource messages;
    private final Clock clock;

    AnnualReportWorkbook(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void write(AnnualReport report, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("report.annual.sheet", locale));
        String scope = report.unit() == null
                ? text("report.annual.institution", locale)
                : report.unit().in(locale);
        sheet.value(0, 0, messages.getMessage("report.annual.title", new Object[] {report.year(), scope}, locale));
        sheet.style(0, 0).bold().fontSize(14).set();
        int r = 2;
        r = section(
                sheet,
                r,
                "report.annual.byRank",
                locale,
                List.of(
                        "report.annual.rank",
                        "report.annual.cadres",
                        "report.annual.trained",
                        "report.annual.hours",
                        "report.annual.hoursPerCadre",
                        "report.annual.meeting",
                        "report.annual.rate"));
        for (RankLine line : report.ranks()) {
            rank(sheet, r++, line, locale, false);
        }
        rank(sheet, r++, report.total(), locale, true);
        r = courses(sheet, r + 1, "report.annual.byForm", "form", report.forms(), report.courses(), locale);
        r = courses(sheet, r + 1, "report.annual.byType", "type", report.types(), report.courses(), locale);
        r = section(
                sheet,
                r + 1,
                "report.annual.outside",
                locale,
                List.of("report.annual.outsideKind", "report.annual.cadres", "report.annual.hours"));
        outside(
                sheet,
                r++,
                text("report.annual.external", locale),
                report.outside().externalCadres(),
                report.outside().externalHours());
        outside(
                sheet,
                r++,
                text("report.annual.onlineLearning", locale),
                report.outside().onlineLearningCadres(),
                report.outside().onlineLearningHours());
        sheet.value(r, 0, text("report.annual.onlineHours", locale));
        sheet.value(r++, 2, report.outside().onlineHours());
        r++;
        sheet.value(r, 0, text("report.annual.rules", locale));
        sheet.style(r++, 0).bold().set();
        for (String rule : report.rules()) {
            sheet.value(r++, 0, rule);
        }
        sheet.value(r, 0, text("report.statistics.exportedAt", locale));
        sheet.value(r, 1, LocalDateTime.now(clock).withSecond(0).withNano(0));
        sheet.style(r++, 1).format("yyyy-mm-dd hh:mm").set();
        sheet.value(r, 0, text("report.statistics.timeZone", locale));
        sheet.value(r, 1, clock.getZone().getId());
        sheet.width(0, 26);
        for (int c = 1; c <= 6; c++) {
            sheet.width(c, 14);
        }
        workbook.finish();
    }

    /** A section's title in bold and its headings below it; answers the first row of the section's lines. */
    private int section(Worksheet sheet, int r, String titleKey, Locale locale, List<String> headings) {
        sheet.value(r, 0, text(titleKey, locale));
        sheet.style(r, 0).bold().set();
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(r + 1, c, text(headings.get(c), locale));
            sheet.style(r + 1, c).bold().fillColor("EEEEEE").set();
        }
        return r + 2;
    }

    private void rank(Worksheet sheet, int r, RankLine line, Locale locale, boolean total) {
        sheet.value(r, 0, line.name().in(locale));
        sheet.value(r, 1, line.cadres());
        sheet.value(r, 2, line.trained());
        sheet.value(r, 3, line.hours());
        sheet.value(r, 4, line.hoursPerCadre());
        sheet.value(r, 5, line.meetingRequirements());
        sheet.value(r, 6, line.rate());
        if (total) {
            sheet.range(r, 0, r, 6).style().bold().set();
        }
    }

    private int courses(
            Worksheet sheet,
            int r,
            String titleKey,
            String kind,
            List<CourseLine> lines,
            CourseLine total,
            Locale locale) {
        int row = section(
                sheet,
                r,
                titleKey,
                locale,
                List.of(
                        "report.annual." + kind,
                        "report.annual.courses",
                        "report.annual.places",
                        "report.annual.days",
                        "report.annual.hours"));
        for (CourseLine line : lines) {
            course(sheet, row++, text("report.statistics." + kind + "." + line.key(), locale), line);
        }
        course(sheet, row, text("report.annual.total", locale), total);
        sheet.range(row, 0, row, 4).style().bold().set();
        return row + 1;
    }

    private static void course(Worksheet sheet, int r, String name, CourseLine line) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, line.courses());
        sheet.value(r, 2, line.places());
        sheet.value(r, 3, line.days());
        sheet.value(r, 4, line.hours());
    }

    private static void outside(Worksheet sheet, int r, String name, long cadres, BigDecimal hours) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, cadres);
        sheet.value(r, 2, hours);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
