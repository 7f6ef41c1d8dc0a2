package org.cadretraining.report.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.cadretraining.report.statistics.Figures.Group;
import org.cadretraining.report.statistics.StatisticsRequests.Resolved;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Every table of the statistics as a workbook (fastexcel), headings in the reader's language: the page's tables,
 * and each drill-down's rows streamed as the database reads them, flushed every few hundred.
 */
@Component
class StatisticsWorkbooks {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 500;

    private final StatisticsLists lists;
    private final Sheets sheets;
    private final SheetRows rows;

    StatisticsWorkbooks(StatisticsLists lists, Sheets sheets, SheetRows rows) {
        this.lists = lists;
        this.sheets = sheets;
        this.rows = rows;
    }

    static void attachment(HttpServletResponse response, String filename) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }

    /** The page's tables: the figures beside the year before, compliance, and the splits. */
    void tables(Figures now, Figures before, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet figures = sheets.sheet(workbook, "report.statistics.sheet.figures", locale);
        sheets.headings(figures, locale, List.of("report.statistics.figure"));
        figures.value(0, 1, now.period().label());
        figures.value(0, 2, before.period().label());
        List<Number[]> values = List.of(
                new Number[] {now.courses().courses(), before.courses().courses()},
                new Number[] {now.courses().places(), before.courses().places()},
                new Number[] {now.courses().days(), before.courses().days()},
                new Number[] {now.courses().hours(), before.courses().hours()},
                new Number[] {
                    now.courses().completionPercent(), before.courses().completionPercent()
                },
                new Number[] {now.courses().leaves(), before.courses().leaves()},
                new Number[] {now.courses().withdrawals(), before.courses().withdrawals()},
                new Number[] {now.cadres().cadres(), before.cadres().cadres()},
                new Number[] {now.cadres().trained(), before.cadres().trained()},
                new Number[] {now.cadres().hours(), before.cadres().hours()},
                new Number[] {now.cadres().hoursPerCadre(), before.cadres().hoursPerCadre()});
        for (int r = 0; r < values.size(); r++) {
            figures.value(r + 1, 0, sheets.text(SheetRows.FIGURES.get(r), locale));
            figures.value(r + 1, 1, values.get(r)[0]);
            figures.value(r + 1, 2, values.get(r)[1]);
        }
        figures.width(0, 24);
        rows.compliance(sheets.sheet(workbook, "report.statistics.sheet.compliance", locale), now, locale);
        cadreGroups(sheets.sheet(workbook, "report.statistics.sheet.ranks", locale), now.byRank(), true, locale);
        cadreGroups(
                sheets.sheet(workbook, "report.statistics.sheet.categories", locale), now.byCategory(), false, locale);
        courseGroups(sheets.sheet(workbook, "report.statistics.sheet.forms", locale), now.byForm(), "form", locale);
        courseGroups(sheets.sheet(workbook, "report.statistics.sheet.types", locale), now.byType(), "type", locale);
        sheets.about(sheets.sheet(workbook, "report.statistics.sheet.about", locale), now.period(), locale);
        workbook.finish();
    }

    void cadres(Resolved request, CadreFilter filter, String sort, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet sheet = sheets.sheet(workbook, "report.statistics.sheet.cadres", locale);
        sheets.headings(sheet, locale, SheetRows.CADRE_COLUMNS);
        int[] r = {0};
        try {
            lists.eachCadre(request.path(), request.period(), filter, sort, row -> {
                r[0]++;
                rows.cadre(sheet, r[0], row, locale);
                flushEvery(sheet, r[0]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
        sheets.about(sheets.sheet(workbook, "report.statistics.sheet.about", locale), request.period(), locale);
        workbook.finish();
    }

    void courses(Resolved request, CourseFilter filter, String sort, Locale locale, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet sheet = sheets.sheet(workbook, "report.statistics.sheet.courses", locale);
        sheets.headings(sheet, locale, SheetRows.COURSE_COLUMNS);
        int[] r = {0};
        try {
            lists.eachCourse(request.path(), request.period(), filter, sort, row -> {
                r[0]++;
                rows.course(sheet, r[0], row, locale);
                flushEvery(sheet, r[0]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
        sheets.about(sheets.sheet(workbook, "report.statistics.sheet.about", locale), request.period(), locale);
        workbook.finish();
    }

    private void cadreGroups(Worksheet sheet, List<Group<CadreTotals>> groups, boolean ranks, Locale locale) {
        sheets.headings(sheet, locale, SheetRows.GROUP_COLUMNS);
        sheet.value(0, 0, sheets.text(ranks ? "report.statistics.rank" : "report.statistics.category", locale));
        int r = 0;
        for (Group<CadreTotals> group : groups) {
            r++;
            String none = ranks ? "report.statistics.rank.NONE" : "report.statistics.category.NONE";
            sheet.value(
                    r,
                    0,
                    group.label() == null
                            ? sheets.text(none, locale)
                            : group.label().in(locale));
            rows.cadreTotals(sheet, r, 1, group.totals());
        }
    }

    private void courseGroups(Worksheet sheet, List<Group<CourseTotals>> groups, String kind, Locale locale) {
        sheets.headings(sheet, locale, SheetRows.COURSE_GROUP_COLUMNS);
        sheet.value(0, 0, sheets.text("report.statistics." + kind, locale));
        int r = 0;
        for (Group<CourseTotals> group : groups) {
            r++;
            sheet.value(r, 0, sheets.text("report.statistics." + kind + "." + group.key(), locale));
            rows.courseTotals(sheet, r, 1, group.totals());
        }
    }

    private static void flushEvery(Worksheet sheet, int row) {
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
