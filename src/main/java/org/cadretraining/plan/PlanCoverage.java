package org.cadretraining.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.RequirementFigures;
import org.cadretraining.credit.RequirementFigures.TierRequirement;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the year's planned courses can cover each rank's requirement: the planned 学时 of the items for that rank
 * serving the requirement's category, against the requirement's share of one year (550 in five years: 110; 90 a
 * year: 90), the requirement read from the credit module.
 */
@Component
class PlanCoverage {

    record Row(
            String rankCode,
            LocalizedText rankName,
            CreditCategory category,
            CreditHours requirementHours,
            int periodYears,
            BigDecimal neededThisYear,
            CreditHours planned,
            boolean covered) {

        public BigDecimal shortfall() {
            return covered ? BigDecimal.ZERO : neededThisYear.subtract(planned.value());
        }
    }

    private final PlanStore store;
    private final Ranks ranks;
    private final RequirementFigures requirements;

    PlanCoverage(PlanStore store, Ranks ranks, RequirementFigures requirements) {
        this.store = store;
        this.ranks = ranks;
        this.requirements = requirements;
    }

    @Transactional(readOnly = true)
    List<Row> of(int year, CurrentUser user) {
        PlanRights.requireReader(user);
        List<PlanItem> items = store.items(year);
        List<TierRequirement> all = requirements.all();
        List<Row> rows = new ArrayList<>();
        for (Rank rank : ranks.all()) {
            for (TierRequirement requirement : all) {
                if (requirement.tier().equals(rank.tier())) {
                    rows.add(row(rank, requirement, items));
                }
            }
        }
        return rows;
    }

    static Row row(Rank rank, TierRequirement requirement, List<PlanItem> items) {
        CreditHours planned = items.stream()
                .filter(item -> item.isFor(rank.code()) && item.serves() == requirement.category())
                .map(PlanItem::plannedHours)
                .reduce(CreditHours.ZERO, CreditHours::plus);
        BigDecimal needed =
                requirement.hours().value().divide(BigDecimal.valueOf(requirement.periodYears()), 2, RoundingMode.UP);
        return new Row(
                rank.code(),
                rank.name(),
                requirement.category(),
                requirement.hours(),
                requirement.periodYears(),
                needed,
                planned,
                planned.value().compareTo(needed) >= 0);
    }
}
