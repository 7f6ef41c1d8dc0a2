package org.cadretraining.course;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.CreditHours;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The training rules as the rules page and {@code PUT /api/v1/training-rules} edit them; every field is checked and
 * kept on error. The checks across fields are not part of the JSON. {@code itemTypes} says how each kind of item
 * earns 学时; left out, the kinds keep the rules in force.
 */
record TrainingRulesForm(
        @NotNull @DecimalMin(value = "0.25") @DecimalMax("24")
        BigDecimal hoursPerHalfDay,

        @NotNull @DecimalMin(value = "0.25") @DecimalMax("24")
        BigDecimal hoursPerDay,

        @NotNull @Min(1) @Max(720) Integer minutesPerHalfDay,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime afternoonStarts,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime eveningStarts,

        @NotNull @Min(0) @Max(100) Integer minimumAttendedPercent,
        @NotNull @Min(0) @Max(100) Integer leaveCapNumerator,
        @NotNull @Min(1) @Max(100) Integer leaveCapDenominator,
        @NotNull @Min(0) @Max(240) Integer lateAfterMinutes,
        @NotNull @Min(0) @Max(240) Integer earlyLeaveMinutes,
        @NotNull EveningCredit eveningCredit,
        @NotNull @Min(0) @Max(240) Integer checkInOpensMinutesBefore,
        List<@Valid ItemTypeRuleRow> itemTypes) {

    static TrainingRulesForm of(TrainingRules rules) {
        return new TrainingRulesForm(
                rules.hoursPerHalfDay().value(),
                rules.hoursPerDay().value(),
                rules.minutesPerHalfDay(),
                rules.afternoonStarts(),
                rules.eveningStarts(),
                rules.minimumAttendedPercent(),
                rules.leaveCapNumerator(),
                rules.leaveCapDenominator(),
                rules.lateAfterMinutes(),
                rules.earlyLeaveMinutes(),
                rules.eveningCredit(),
                rules.checkInOpensMinutesBefore(),
                rules.itemTypes().entrySet().stream()
                        .map(e -> ItemTypeRuleRow.of(e.getKey(), e.getValue()))
                        .toList());
    }

    @JsonIgnore
    @AssertTrue(message = "{course.rules.quarters}")
    public boolean isHoursPerHalfDayInQuarters() {
        return hoursPerHalfDay == null || CreditHours.isValid(hoursPerHalfDay);
    }

    @JsonIgnore
    @AssertTrue(message = "{course.rules.quarters}")
    public boolean isHoursPerDayInQuarters() {
        return hoursPerDay == null || CreditHours.isValid(hoursPerDay);
    }

    @JsonIgnore
    @AssertTrue(message = "{course.rules.dayAtLeastHalfDay}")
    public boolean isHoursPerDayAtLeastHalfDay() {
        return hoursPerDay == null || hoursPerHalfDay == null || hoursPerDay.compareTo(hoursPerHalfDay) >= 0;
    }

    @JsonIgnore
    @AssertTrue(message = "{course.rules.eveningAfterAfternoon}")
    public boolean isEveningStartsAfterAfternoon() {
        return afternoonStarts == null || eveningStarts == null || afternoonStarts.isBefore(eveningStarts);
    }

    @JsonIgnore
    @AssertTrue(message = "{course.rules.capAtMostWhole}")
    public boolean isLeaveCapNumeratorAtMostDenominator() {
        return leaveCapNumerator == null || leaveCapDenominator == null || leaveCapNumerator <= leaveCapDenominator;
    }

    TrainingRules rules() {
        return new TrainingRules(
                CreditHours.of(hoursPerHalfDay),
                CreditHours.of(hoursPerDay),
                minutesPerHalfDay,
                afternoonStarts,
                eveningStarts,
                minimumAttendedPercent,
                leaveCapNumerator,
                leaveCapDenominator,
                lateAfterMinutes,
                earlyLeaveMinutes,
                eveningCredit,
                checkInOpensMinutesBefore,
                itemTypeRules());
    }

    /** The kinds' rules as given; none given (an API client of before) keeps the rules in force, see the keeper. */
    Map<AgendaItemType, ItemTypeRule> itemTypeRules() {
        Map<AgendaItemType, ItemTypeRule> rules = new EnumMap<>(AgendaItemType.class);
        if (itemTypes != null) {
            itemTypes.stream().filter(row -> row.type() != null).forEach(row -> rules.put(row.type(), row.rule()));
        }
        return rules;
    }
}
