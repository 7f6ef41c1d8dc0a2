package org.cadretraining.report.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cadretraining.report.statistics.StatisticsRequests.Resolved;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The annual report to the superior organisation department as a workbook, for a year and a unit subtree. */
@Controller
class AnnualReportController {

    private final StatisticsRequests requests;
    private final AnnualReports reports;
    private final AnnualReportWorkbook workbook;

    AnnualReportController(StatisticsRequests requests, AnnualReports reports, AnnualReportWorkbook workbook) {
        this.requests = requests;
        this.reports = reports;
        this.workbook = workbook;
    }

    @GetMapping("/statistics/annual-report.xlsx")
    void download(
            @ModelAttribute StatisticsCriteria criteria,
            BindingResult binding,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Resolved request = requests.resolve(criteria.wholeYear(), binding, CurrentUser.get());
        AnnualReport report = reports.of(request.path(), request.period().year(), locale);
        // refused and built before the first byte, so a refusal is a page and never half a file
        StatisticsWorkbooks.attachment(response, "annual-report-" + report.year() + ".xlsx");
        workbook.write(report, locale, response.getOutputStream());
    }
}
