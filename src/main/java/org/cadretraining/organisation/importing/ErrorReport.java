package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Every problem of a job as a CSV file in UTF-8 with a byte order mark, the form in which Excel opens Chinese text
 * correctly by a double click.
 */
@Component
class ErrorReport {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private final ImportDesk desk;
    private final ImportTexts texts;

    ErrorReport(ImportDesk desk, ImportTexts texts) {
        this.desk = desk;
        this.texts = texts;
    }

    static String fileName(ImportJob job) {
        return "import-" + job.id() + "-problems.csv";
    }

    void write(ImportJob job, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(
                texts.message("importing.report.row", locale),
                texts.message("importing.report.column", locale),
                texts.message("importing.report.reason", locale));
        desk.eachProblem(job, problem -> {
            ProblemView view = texts.describe(job.kind(), problem, locale);
            try {
                csv.printRecord(view.row(), view.columnName(), view.reason());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }
}
