package org.cadretraining.credit;

import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.springframework.stereotype.Component;

/** The institution's requirements by rank tier, for modules that weigh a plan against them (read, never written). */
@Component
public class RequirementFigures {

    /**
     * What cadres of a tier must earn in a category within {@code periodYears}, or {@code days} of full-time
     * training instead where set.
     */
    public record TierRequirement(
            String tier, CreditCategory category, CreditHours hours, int periodYears, Integer days) {}

    private final Requirements requirements;

    RequirementFigures(Requirements requirements) {
        this.requirements = requirements;
    }

    public List<TierRequirement> all() {
        return requirements.all().stream()
                .map(r -> new TierRequirement(r.tier(), r.category(), r.hours(), r.periodYears(), r.days()))
                .toList();
    }
}
