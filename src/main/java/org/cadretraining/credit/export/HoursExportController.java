package org.cadretraining.credit.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import org.cadretraining.credit.CreditScope;
import org.cadretraining.credit.CreditUnits;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page from which the organiser or a unit liaison takes the hours for the cadre information system. */
@Controller
class HoursExportController {

    private final HoursExport export;
    private final CreditUnits units;
    private final CreditScope scope;
    private final Clock clock;

    HoursExportController(HoursExport export, CreditUnits units, CreditScope scope, Clock clock) {
        this.scope = scope;
        this.export = export;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/credit/hours-export")
    String page(
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.get();
        if (scope.subtreeOf(user) == null) {
            throw DomainException.forbidden();
        }
        model.addAttribute("units", units.inScope(user));
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", year == null ? Year.now(clock).getValue() : year);
        model.addAttribute("columns", HoursExport.COLUMNS);
        return "credit/hours-export";
    }

    @GetMapping("/credit/hours-export/hours.csv")
    void csv(@RequestParam(required = false) Long unitId, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        YearCheck.require(year);
        export.csv(unitId, year, CurrentUser.get(), () -> {
            attachment(response, "text/csv;charset=UTF-8", "credit-hours-" + year + ".csv");
            return response.getOutputStream();
        });
    }

    @GetMapping("/credit/hours-export/hours.xlsx")
    void xlsx(@RequestParam(required = false) Long unitId, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        YearCheck.require(year);
        export.xlsx(unitId, year, CurrentUser.get(), () -> {
            attachment(response, HoursExport.XLSX, "credit-hours-" + year + ".xlsx");
            return response.getOutputStream();
        });
    }

    static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
