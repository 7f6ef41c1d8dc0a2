package org.cadretraining.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.TableRows;
import org.cadretraining.shared.TableRows.TableRow;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Many plan items at once: pasted rows or a workbook, a preview of every row with its problems, then all or none. */
@Controller
class PlanImportController {

    private final PlanSheet sheet;
    private final AnnualPlans plans;

    PlanImportController(PlanSheet sheet, AnnualPlans plans) {
        this.sheet = sheet;
        this.plans = plans;
    }

    @GetMapping("/plan/{year}/import")
    String page(@PathVariable int year, Model model) {
        return page(year, new PlanImportForm(), null, null, model);
    }

    @PostMapping("/plan/{year}/import")
    String run(
            @PathVariable int year,
            @ModelAttribute("upload") PlanImportForm form,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        PlanPage.checkedYear(year);
        List<PlanSheet.Line> lines;
        try {
            List<TableRow> rows = form.rows();
            form.setTable(TableRows.toText(rows));
            lines = sheet.read(rows, LocaleContextHolder.getLocale());
        } catch (DomainException refused) {
            response.setStatus(400);
            return page(year, form, null, refused, model);
        }
        boolean good = !lines.isEmpty() && lines.stream().allMatch(PlanSheet.Line::good);
        if (good && "import".equals(action)) {
            try {
                plans.addAll(
                        lines.stream().map(l -> l.form().toItem(null, year)).toList(), form.getReason(), user);
                redirect.addFlashAttribute("notice", "plan.import.done");
                return "redirect:/plan?year=" + year;
            } catch (DomainException refused) {
                response.setStatus(400);
                return page(year, form, lines, refused, model);
            }
        }
        if (!good) {
            response.setStatus(400);
        }
        return page(
                year,
                form,
                lines,
                lines.isEmpty() ? DomainException.invalid("table", "plan.import.empty") : null,
                model);
    }

    private String page(
            int year, PlanImportForm form, List<PlanSheet.Line> lines, DomainException refused, Model model) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        model.addAttribute("year", PlanPage.checkedYear(year));
        model.addAttribute("plan", plans.plan(year, user).orElse(null));
        model.addAttribute("upload", form);
        model.addAttribute("lines", lines);
        model.addAttribute(
                "good", lines != null && !lines.isEmpty() && lines.stream().allMatch(PlanSheet.Line::good));
        model.addAttribute("refused", refused);
        return "plan/import";
    }
}
