package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.junit.jupiter.api.Test;

/** A kind of item counted its own way: by its length to the nearest quarter, a fixed figure, or nothing. */
class ItemTypeRuleTests {

    static final LocalDate DAY = LocalDate.of(2005, 7, 20);

    final TrainingRules rules = new TrainingRules(
                    CreditHours.of("3"),
                    CreditHours.of("6"),
                    180,
                    LocalTime.of(12, 0),
                    LocalTime.of(18, 0),
                    75,
                    1,
                    7,
                    10,
                    10,
                    EveningCredit.HALF_DAY_BLOCK,
                    30)
            .withItemTypes(Map.of(
                    AgendaItemType.EXAM, new ItemTypeRule(ItemTypeCount.BY_LENGTH, 45, CreditHours.ZERO),
                    AgendaItemType.SELF_STUDY, new ItemTypeRule(ItemTypeCount.FIXED, 45, CreditHours.of("1")),
                    AgendaItemType.OTHER, new ItemTypeRule(ItemTypeCount.NONE, 45, CreditHours.ZERO)));

    final CreditRule rule = new CreditRule(rules);

    @Test
    void everyKindCountsByTheHalfDayRuleUntilTheInstitutionSaysOtherwise() {
        TrainingRules plain = new TrainingRules(
                CreditHours.of("3"),
                CreditHours.of("6"),
                180,
                LocalTime.of(12, 0),
                LocalTime.of(18, 0),
                75,
                1,
                7,
                10,
                10,
                EveningCredit.HALF_DAY_BLOCK,
                30);
        for (AgendaItemType type : AgendaItemType.values()) {
            assertThat(plain.itemType(type).byDayRule()).isTrue();
        }
        assertThat(new CreditRule(plain).hoursFor(List.of(slot(AgendaItemType.EXAM, "08:30", "10:30"))))
                .containsExactly(CreditHours.of("2"));
    }

    @Test
    void anExamByLengthCountsItsMinutesToTheNearestQuarter() {
        // 120 minutes at 45 a 学时: 2.67, to the nearest quarter 2.75
        assertThat(rule.reckon(List.of(slot(AgendaItemType.EXAM, "08:30", "10:30"))))
                .containsExactly(
                        new CreditRule.Reckoned(CreditHours.of("2.75"), Set.of(CreditBasis.ITEM_TYPE_BY_LENGTH)));
        // 100 minutes: 2.22, to 2.25; 50 minutes: 1.11, to 1
        assertThat(rule.hoursFor(List.of(
                        slot(AgendaItemType.EXAM, "08:30", "10:10"), slot(AgendaItemType.EXAM, "14:00", "14:50"))))
                .containsExactly(CreditHours.of("2.25"), CreditHours.of("1"));
    }

    @Test
    void aKindCountedOnItsOwnTakesNoShareOfItsHalfDayNorOfTheDaysAllowance() {
        // a lecture and an exam in one morning: the lecture keeps its length's share of the half day as if alone
        List<CreditHours> hours = rule.hoursFor(List.of(
                slot(AgendaItemType.LECTURE, "08:30", "10:00"),
                slot(AgendaItemType.EXAM, "10:00", "11:30"),
                slot(AgendaItemType.LECTURE, "14:00", "17:00"),
                slot(AgendaItemType.SELF_STUDY, "19:00", "21:00"),
                slot(AgendaItemType.OTHER, "21:00", "21:30")));
        assertThat(hours)
                .containsExactly(
                        CreditHours.of("1.5"),
                        CreditHours.of("2"),
                        CreditHours.of("3"),
                        CreditHours.of("1"),
                        CreditHours.ZERO);
    }

    private static CreditRule.Slot slot(AgendaItemType type, String from, String to) {
        return new CreditRule.Slot(DAY, LocalTime.parse(from), LocalTime.parse(to), type);
    }
}
