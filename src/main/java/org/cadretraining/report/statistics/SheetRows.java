package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.cadretraining.report.statistics.Figures.TierCompliance;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The rows of the statistics' workbooks: the same columns as the pages, one writer per kind of row. */
@Component
class SheetRows {

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

    private final Sheets sheets;

    SheetRows(Sheets sheets) {
        this.sheets = sheets;
    }

    void cadre(Worksheet sheet, int r, CadreRow row, Locale locale) {
        sheet.value(r, 0, row.staffNumber());
        sheet.value(r, 1, row.name());
        sheet.value(r, 2, row.unit().in(locale));
        sheet.value(
                r,
                3,
                row.rank() == null
                        ? sheets.text("report.statistics.rank.NONE", locale)
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
        sheet.value(r, 15, sheets.yesNo(row.fullTimeMet(), locale));
        sheet.value(r, 16, row.onlineWindow());
        sheet.value(r, 17, sheets.yesNo(row.onlineMet(), locale));
        sheet.value(r, 18, sheets.yesNo(row.trained(), locale));
    }

    void course(Worksheet sheet, int r, CourseRow row, Locale locale) {
        sheet.value(r, 0, row.title().in(locale));
        sheet.value(r, 1, row.startsOn());
        sheet.style(r, 1).format("yyyy-mm-dd").set();
        sheet.value(r, 2, row.endsOn());
        sheet.style(r, 2).format("yyyy-mm-dd").set();
        sheet.value(r, 3, sheets.text("report.statistics.form." + row.form(), locale));
        sheet.value(r, 4, sheets.text("report.statistics.type." + row.type(), locale));
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
        sheets.headings(
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
                    sheets.text("report.chart." + tier.tier() + ".FULL_TIME", locale),
                    tier.fullTimeRequired(),
                    tier.cadres(),
                    tier.fullTimeMet(),
                    tier.fullTimePercent());
            r++;
            row(
                    sheet,
                    r,
                    sheets.text("report.chart." + tier.tier() + ".ONLINE", locale),
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
}
