package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.junit.jupiter.api.Test;

class CreditRuleTests {

    static final LocalDate DAY = LocalDate.of(2023, 3, 17);

    final CreditRule rule = new CreditRule(settings("3", "6"));

    @Test
    void aFullMorningLectureEarnsAHalfDay() {
        assertThat(hours(rule, slot("08:30", "11:30"))).containsExactly("3.00");
    }

    @Test
    void aLongerMorningStillEarnsOnlyAHalfDay() {
        assertThat(hours(rule, slot("08:00", "12:00"))).containsExactly("3.00");
    }

    @Test
    void itemsOfOneBlockShareItsHoursByTheirMinutes() {
        assertThat(hours(rule, slot("08:30", "10:00"), slot("10:00", "11:30"))).containsExactly("1.50", "1.50");
        assertThat(hours(rule, slot("08:30", "09:00"), slot("09:00", "11:30"))).containsExactly("0.50", "2.50");
    }

    @Test
    void aShortItemAloneInItsBlockEarnsItsShareOfAHalfDay() {
        assertThat(hours(rule, slot("14:30", "15:00"))).containsExactly("0.50");
        assertThat(hours(rule, slot("14:00", "15:40"))).containsExactly("1.75");
    }

    @Test
    void aDayLongFieldStudyEarnsAWholeDay() {
        assertThat(hours(rule, slot("08:00", "17:00"))).containsExactly("6.00");
    }

    @Test
    void anEveningAddsOnlyWhatTheDayHasLeft() {
        assertThat(hours(rule, slot("08:30", "11:30"), slot("14:00", "17:00"), slot("19:00", "21:00")))
                .containsExactly("3.00", "3.00", "0.00");
        assertThat(hours(rule, slot("08:30", "10:00"), slot("14:00", "17:00"), slot("19:00", "21:00")))
                .containsExactly("1.50", "3.00", "1.50");
    }

    @Test
    void oddQuartersGoToTheLargestRemaindersThenTheEarlierItems() {
        // three 60-minute items in a 180-minute block: 12 quarters, 4 each
        assertThat(hours(rule, slot("08:00", "09:00"), slot("09:00", "10:00"), slot("10:00", "11:00")))
                .containsExactly("1.00", "1.00", "1.00");
        // 7 quarters for three equal items: the earliest gets the odd one
        assertThat(hours(rule, slot("08:00", "08:35"), slot("08:35", "09:10"), slot("09:10", "09:45")))
                .containsExactly("0.75", "0.50", "0.50");
    }

    @Test
    void daysAreCountedSeparately() {
        List<CreditRule.Slot> slots = List.of(
                new CreditRule.Slot(DAY, LocalTime.of(8, 0), LocalTime.of(17, 0)),
                new CreditRule.Slot(DAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(17, 0)));
        assertThat(rule.hoursFor(slots)).containsExactly(CreditHours.of("6"), CreditHours.of("6"));
    }

    @Test
    void theInstitutionsOwnNumbersApply() {
        CreditRule eightHourDays = new CreditRule(settings("4", "8"));
        assertThat(hours(eightHourDays, slot("08:30", "11:30"), slot("14:00", "17:00")))
                .containsExactly("4.00", "4.00");
        assertThat(hours(eightHourDays, slot("08:30", "10:00"))).containsExactly("2.00");
    }

    @Test
    void eachItemLearnsWhichRulesGaveItsHours() {
        assertThat(bases(rule, slot("08:30", "11:30"))).containsExactly(Set.of(CreditBasis.HALF_DAY));
        assertThat(bases(rule, slot("08:30", "10:00"), slot("10:00", "11:30")))
                .containsOnly(Set.of(CreditBasis.HALF_DAY, CreditBasis.SHARED));
        assertThat(bases(rule, slot("14:30", "15:00"))).containsExactly(Set.of(CreditBasis.BY_LENGTH));
        assertThat(bases(rule, slot("08:00", "17:00"))).containsExactly(Set.of(CreditBasis.FULL_DAY));
        assertThat(bases(rule, slot("08:30", "11:30"), slot("14:00", "17:00"), slot("19:00", "21:00")))
                .containsExactly(
                        Set.of(CreditBasis.HALF_DAY),
                        Set.of(CreditBasis.HALF_DAY),
                        Set.of(CreditBasis.BY_LENGTH, CreditBasis.DAILY_CAP));
    }

    private static List<Set<CreditBasis>> bases(CreditRule rule, CreditRule.Slot... slots) {
        return rule.reckon(Arrays.asList(slots)).stream()
                .map(CreditRule.Reckoned::bases)
                .toList();
    }

    private static TrainingRules settings(String halfDay, String day) {
        return new CreditSettings(
                        new BigDecimal(halfDay),
                        new BigDecimal(day),
                        180,
                        LocalTime.of(12, 0),
                        LocalTime.of(18, 0),
                        75,
                        1,
                        7,
                        10,
                        10,
                        EveningCredit.HALF_DAY_BLOCK,
                        TrainingRules.DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE)
                .rules();
    }

    private static CreditRule.Slot slot(String from, String to) {
        return new CreditRule.Slot(DAY, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static List<String> hours(CreditRule rule, CreditRule.Slot... slots) {
        return rule.hoursFor(Arrays.asList(slots)).stream()
                .map(CreditHours::toString)
                .toList();
    }
}
