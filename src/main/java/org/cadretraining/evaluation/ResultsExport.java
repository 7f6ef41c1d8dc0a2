package org.cadretraining.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.documents.PdfDocuments;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A course's results as a workbook (one row per question and answer level, option or text) and as a PDF, with the
 * same threshold as the page: below it only the counts. The time they were counted is printed in the institution's
 * time zone.
 */
@Component
class ResultsExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;
    private final ResultsCharts charts;
    private final PdfDocuments pdfs;
    private final ZoneId zone;

    ResultsExport(MessageSource messages, ResultsCharts charts, PdfDocuments pdfs, java.time.Clock clock) {
        this.messages = messages;
        this.charts = charts;
        this.pdfs = pdfs;
        this.zone = clock.getZone();
    }

    byte[] workbook(CourseResults results, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "cadre-training", "1.0");
            Worksheet sheet = workbook.newWorksheet(message("evaluation.results.sheet", locale));
            int row = 0;
            sheet.value(row, 0, results.course().title().in(locale));
            sheet.style(row, 0).bold().set();
            sheet.value(++row, 0, message("evaluation.results.countedAt", locale, counted(results)));
            sheet.value(++row, 0, message("evaluation.results.responses", locale, results.responses()));
            if (!results.shown()) {
                sheet.value(
                        ++row,
                        0,
                        message(
                                "evaluation.results.belowThreshold",
                                locale,
                                results.responses(),
                                results.minAnswers()));
            }
            row++;
            String[] headings = {"part", "question", "answers", "mean", "answer", "count"};
            row++;
            for (int c = 0; c < headings.length; c++) {
                sheet.value(row, c, message("evaluation.results.column." + headings[c], locale));
                sheet.style(row, c).bold().set();
            }
            String course = message("evaluation.results.wholeCourse", locale);
            for (QuestionResult result : results.courseQuestions()) {
                row = question(sheet, row, course, result, locale);
            }
            for (ItemResults item : results.items()) {
                String part = item.item().title().in(locale) + speakers(item, locale);
                if (!item.shown()) {
                    sheet.value(++row, 0, part);
                    sheet.value(row, 2, item.responses());
                    sheet.value(row, 4, message("evaluation.results.hidden", locale, results.minAnswers()));
                    continue;
                }
                for (QuestionResult result : item.questions()) {
                    row = question(sheet, row, part, result, locale);
                }
            }
            sheet.width(0, 30);
            sheet.width(1, 36);
            sheet.width(4, 40);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] pdf(CourseResults results, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("results", results);
        model.put("countedAt", counted(results));
        model.put("labels", charts.labels(results, locale));
        return pdfs.render("evaluation/results-pdf", locale, model);
    }

    /** One row per scale level or option with its count, or per text; the question, its count and mean on each. */
    private int question(Worksheet sheet, int row, String part, QuestionResult result, Locale locale) {
        List<String> labels = charts.answerLabels(result.question(), locale);
        List<String> answers = result.freeText() ? result.texts() : labels;
        if (answers.isEmpty()) {
            answers = List.of("");
        }
        for (int i = 0; i < answers.size(); i++) {
            sheet.value(++row, 0, part);
            sheet.value(row, 1, result.question().text().in(locale));
            sheet.value(row, 2, result.answers());
            if (result.mean() != null) {
                sheet.value(row, 3, result.mean());
            }
            sheet.value(row, 4, answers.get(i));
            if (!result.freeText()) {
                sheet.value(row, 5, result.counts().get(i));
            }
        }
        return row;
    }

    private String speakers(ItemResults item, Locale locale) {
        String names = item.item().speakers().in(locale);
        return names.isEmpty() ? "" : " (" + names + ")";
    }

    /** When counted, as the institution's local time, written as text so that no reader's zone shifts it. */
    private String counted(CourseResults results) {
        return Questionnaire.shown(results.at(), zone) + " (" + zone.getId() + ")";
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
