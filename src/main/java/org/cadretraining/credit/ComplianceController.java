package org.cadretraining.credit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** The compliance page of a unit subtree and its export; refused to anyone without a subtree to look after. */
@Controller
class ComplianceController {

    private final Compliance compliance;
    private final ComplianceExport export;
    private final CreditScope scope;
    private final CreditUnits units;

    ComplianceController(Compliance compliance, ComplianceExport export, CreditScope scope, CreditUnits units) {
        this.compliance = compliance;
        this.export = export;
        this.scope = scope;
        this.units = units;
    }

    @GetMapping("/credit")
    String start() {
        CurrentUser user = CurrentUser.get();
        return scope.subtreeOf(user) != null ? "redirect:/credit/compliance" : "redirect:/my/credit";
    }

    @GetMapping("/credit/compliance")
    String page(
            @ModelAttribute("criteria") ComplianceCriteria criteria,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "result",
                compliance.shortfalls(
                        criteria.unitId(), criteria.category(), criteria.order(), criteria.pageNumber(), user));
        if (htmx != null) {
            return "credit/compliance :: results";
        }
        model.addAttribute("units", unitsInScope(user));
        model.addAttribute("sorts", ComplianceSort.values());
        model.addAttribute("categories", CreditCategory.values());
        return "credit/compliance";
    }

    @GetMapping("/credit/compliance.xlsx")
    void download(@ModelAttribute ComplianceCriteria criteria, Locale locale, HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        // refuse before the first byte is written, so a refusal is a page and not a broken file
        scope.reportPath(criteria.unitId(), user);
        response.setContentType(ComplianceExport.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("credit-compliance.xlsx")
                        .build()
                        .toString());
        export.write(
                criteria.unitId(), criteria.category(), criteria.order(), user, locale, response.getOutputStream());
    }

    private List<UnitNode> unitsInScope(CurrentUser user) {
        return units.inScope(user);
    }
}
