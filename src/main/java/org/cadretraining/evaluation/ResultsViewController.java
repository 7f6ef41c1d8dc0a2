package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A course's results with their charts, and the same results as a workbook and a PDF, for those who may read them. */
@Controller
class ResultsViewController {

    private final ResultsReading reading;
    private final ResultsExport export;
    private final ResultsCharts charts;
    private final Clock clock;

    ResultsViewController(ResultsReading reading, ResultsExport export, ResultsCharts charts, Clock clock) {
        this.reading = reading;
        this.export = export;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/evaluation/results")
    String results(@PathVariable long id, Model model, Locale locale) {
        CourseResults results = reading.of(id, CurrentUser.get());
        model.addAttribute("results", results);
        model.addAttribute("charts", charts.of(results, locale));
        model.addAttribute("labels", charts.labels(results, locale));
        model.addAttribute("zone", clock.getZone());
        return "evaluation/results";
    }

    @GetMapping("/courses/{id}/evaluation/results.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
        CourseResults results = reading.of(id, CurrentUser.get());
        return file(export.workbook(results, locale), ResultsExport.XLSX, "evaluation-results-" + id + ".xlsx");
    }

    @GetMapping("/courses/{id}/evaluation/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        CourseResults results = reading.of(id, CurrentUser.get());
        return file(export.pdf(results, locale), MediaType.APPLICATION_PDF_VALUE, "evaluation-results-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
