package org.cadretraining.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * A planned course: its title, who it is for (rank codes and cadre categories; none named means everyone), the
 * places each unit gets, the months it is to be held in, its budget, how it is attended, the requirement it serves
 * and the 学时 it is planned to give.
 */
record PlanItem(
        Long id,
        int year,
        LocalizedText title,
        List<String> rankCodes,
        List<String> cadreCategories,
        int placesPerUnit,
        int firstMonth,
        int lastMonth,
        BigDecimal budget,
        TrainingForm trainingForm,
        CreditCategory serves,
        CreditHours plannedHours) {

    PlanItem {
        rankCodes = List.copyOf(rankCodes);
        cadreCategories = List.copyOf(cadreCategories);
    }

    /** Whether cadres of the rank are among those the item is for; an item naming no rank is for every rank. */
    boolean isFor(String rankCode) {
        return rankCodes.isEmpty() || rankCodes.contains(rankCode);
    }

    public LocalDate firstDay() {
        return YearMonth.of(year, firstMonth).atDay(1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** Whether a course on these days is held within the planned months. */
    boolean allows(LocalDate startsOn, LocalDate endsOn) {
        return !startsOn.isBefore(firstDay()) && !endsOn.isAfter(lastDay()) && !endsOn.isBefore(startsOn);
    }

    PlanItem withId(long newId) {
        return new PlanItem(
                newId,
                year,
                title,
                rankCodes,
                cadreCategories,
                placesPerUnit,
                firstMonth,
                lastMonth,
                budget,
                trainingForm,
                serves,
                plannedHours);
    }
}
