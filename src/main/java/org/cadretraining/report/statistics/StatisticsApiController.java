package org.cadretraining.report.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.cadretraining.report.statistics.StatisticsRequests.Resolved;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/statistics")
@Tag(name = "Statistics", description = "Training statistics of a unit subtree and the annual report")
class StatisticsApiController {

    /** The figures of the period asked for and of the same days a year earlier. */
    record StatisticsResponse(Figures period, Figures yearBefore) {}

    private final StatisticsRequests requests;
    private final StatisticsFigures figures;
    private final AnnualReports reports;

    StatisticsApiController(StatisticsRequests requests, StatisticsFigures figures, AnnualReports reports) {
        this.requests = requests;
        this.figures = figures;
        this.reports = reports;
    }

    @Operation(
            summary = "Statistics of a unit subtree for a year or a range of days, beside the year before",
            description = "Organisers and administrators may ask for any unit (none = the whole institution); a unit"
                    + " liaison for their own unit's subtree only (403 for another). Every count and sum equals the"
                    + " rows of the matching drill-down page (/statistics/cadres, /statistics/courses).")
    @GetMapping
    StatisticsResponse statistics(
            @Parameter(description = "root of the subtree; none = the person's whole scope")
                    @RequestParam(required = false)
                    Long unitId,
            @Parameter(description = "calendar year; ignored when from and to are given; default this year")
                    @RequestParam(required = false)
                    Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Resolved request = requests.resolve(new StatisticsCriteria(unitId, year, from, to), null, CurrentUser.get());
        return new StatisticsResponse(
                figures.of(request.path(), request.period()),
                figures.of(request.path(), request.period().yearBefore()));
    }

    @Operation(
            summary = "The annual report (年度干部教育培训情况统计) of a unit subtree for a calendar year",
            description = "The same figures as the workbook at /statistics/annual-report.xlsx: by rank level, courses"
                    + " by form and type, training elsewhere and online, and the rules followed, in the language of"
                    + " Accept-Language.")
    @GetMapping("/annual-report")
    AnnualReport annualReport(
            @RequestParam(required = false) Long unitId,
            @Parameter(description = "calendar year; default this year") @RequestParam(required = false) Integer year,
            Locale locale) {
        Resolved request = requests.resolve(new StatisticsCriteria(unitId, year, null, null), null, CurrentUser.get());
        return reports.of(request.path(), request.period().year(), locale);
    }
}
