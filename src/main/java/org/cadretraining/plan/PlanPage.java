package org.cadretraining.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the plan page shows for a year: the plan and its approval, the items with planned against held, the coverage
 * of each rank's requirement, the change history, and (for organisers) the forms that change it.
 */
@Component
class PlanPage {

    private final AnnualPlans plans;
    private final PlanFigures figures;
    private final PlanCoverage coverage;
    private final Ranks ranks;
    private final OrganisationDirectory directory;
    private final Clock clock;

    PlanPage(
            AnnualPlans plans,
            PlanFigures figures,
            PlanCoverage coverage,
            Ranks ranks,
            OrganisationDirectory directory,
            Clock clock) {
        this.plans = plans;
        this.figures = figures;
        this.coverage = coverage;
        this.ranks = ranks;
        this.directory = directory;
        this.clock = clock;
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    static int checkedYear(int year) {
        if (year < AnnualPlan.FIRST_YEAR || year > AnnualPlan.LAST_YEAR) {
            throw org.cadretraining.shared.DomainException.invalid(
                    "year", "plan.yearInvalid", AnnualPlan.FIRST_YEAR, AnnualPlan.LAST_YEAR);
        }
        return year;
    }

    String show(int year, Model model, CurrentUser user) {
        model.addAttribute("year", year);
        model.addAttribute("plan", plans.plan(year, user).orElse(null));
        model.addAttribute("figures", figures.of(year, user));
        model.addAttribute("coverage", coverage.of(year, user));
        model.addAttribute("history", plans.history(year, user));
        model.addAttribute("mayEdit", PlanRights.mayEdit(user));
        model.addAttribute("liaison", !PlanRights.mayEdit(user));
        Map<String, String> rankNames = new HashMap<>();
        ranks.all()
                .forEach(rank -> rankNames.put(
                        rank.code(), rank.name().in(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        model.addAttribute("rankNames", rankNames);
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new PlanItemForm());
        }
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", new ApprovalForm());
        }
        choices(model);
        return "plan/plan";
    }

    void choices(Model model) {
        model.addAttribute("ranks", ranks.all());
        model.addAttribute("forms", TrainingForm.values());
        model.addAttribute("categories", CreditCategory.values());
        model.addAttribute("units", directory.allUnits());
    }
}
