package org.cadretraining.report.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cadretraining.report.statistics.StatisticsRequests.Resolved;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The statistics page of a unit subtree and period, beside the same days a year earlier, with charts whose bars
 * lead to the cadres or courses behind them; its tables as a workbook; the annual report as a workbook.
 */
@Controller
class StatisticsViewController {

    private final StatisticsRequests requests;
    private final StatisticsScope scope;
    private final StatisticsFigures figures;
    private final StatisticsCharts charts;
    private final StatisticsWorkbooks workbooks;

    StatisticsViewController(
            StatisticsRequests requests,
            StatisticsScope scope,
            StatisticsFigures figures,
            StatisticsCharts charts,
            StatisticsWorkbooks workbooks) {
        this.requests = requests;
        this.scope = scope;
        this.figures = figures;
        this.charts = charts;
        this.workbooks = workbooks;
    }

    @GetMapping("/statistics")
    String page(
            @ModelAttribute("criteria") StatisticsCriteria criteria,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("units", scope.units(user));
        try {
            Resolved request = requests.resolve(criteria, binding, user);
            Figures now = figures.of(request.path(), request.period());
            Figures before = figures.of(request.path(), request.period().yearBefore());
            model.addAttribute("now", now);
            model.addAttribute("before", before);
            model.addAttribute("links", request.links());
            model.addAttribute("query", request.query());
            model.addAttribute("charts", charts.of(now, before, request.links(), locale));
        } catch (DomainException refusal) {
            if (refusal.kind() != DomainException.Kind.INVALID) {
                throw refusal;
            }
            if (criteria == null) {
                // nothing of the address could be read into the criteria: the fields show what was typed
                model.addAttribute("criteria", new StatisticsCriteria(null, null, null, null));
            }
            // the form stays as it was typed, with the sentence that names the field
            response.setStatus(refusal.kind().status());
            model.addAttribute("problem", refusal);
        }
        return "report/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void tables(
            @ModelAttribute StatisticsCriteria criteria,
            BindingResult binding,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Resolved request = requests.resolve(criteria, binding, CurrentUser.get());
        Figures now = figures.of(request.path(), request.period());
        Figures before = figures.of(request.path(), request.period().yearBefore());
        StatisticsWorkbooks.attachment(
                response, "statistics-" + request.period().label() + ".xlsx");
        workbooks.tables(now, before, locale, response.getOutputStream());
    }
}
