package org.cadretraining.course;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.cadretraining.shared.CreditHours;

/** How one kind of agenda item earns 学时, as the rules page and the API edit it. */
record ItemTypeRuleRow(
        @NotNull AgendaItemType type,
        @NotNull ItemTypeCount count,
        @NotNull @Min(1) @Max(600) Integer minutesPerHour,
        @NotNull @DecimalMin("0") @DecimalMax("24") BigDecimal fixedHours) {

    static ItemTypeRuleRow of(AgendaItemType type, ItemTypeRule rule) {
        return new ItemTypeRuleRow(
                type, rule.count(), rule.minutesPerHour(), rule.fixedHours().value());
    }

    @JsonIgnore
    @AssertTrue(message = "{course.rules.quarters}")
    public boolean isFixedHoursInQuarters() {
        return fixedHours == null || CreditHours.isValid(fixedHours);
    }

    ItemTypeRule rule() {
        return new ItemTypeRule(count, minutesPerHour, CreditHours.of(fixedHours));
    }
}
