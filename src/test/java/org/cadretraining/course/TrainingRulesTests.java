package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.cadretraining.shared.CreditHours;
import org.junit.jupiter.api.Test;

class TrainingRulesTests {

    private final TrainingRules rules = new TrainingRules(
            CreditHours.of("3"),
            CreditHours.of("6"),
            180,
            LocalTime.NOON,
            LocalTime.of(18, 0),
            75,
            1,
            7,
            10,
            10,
            EveningCredit.HALF_DAY_BLOCK,
            TrainingRules.DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE);

    @Test
    void leaveUpToOneSeventhOfTheCourseIsWithinTheCapAndAQuarterMoreIsNot() {
        // a course of 35 学时 allows exactly 5; 36 allows 5.14..., so 5.25 is too much
        assertThat(rules.withinLeaveCap(CreditHours.of("5"), CreditHours.of("35")))
                .isTrue();
        assertThat(rules.withinLeaveCap(CreditHours.of("5.25"), CreditHours.of("35")))
                .isFalse();
        assertThat(rules.withinLeaveCap(CreditHours.of("5.25"), CreditHours.of("36")))
                .isFalse();
        assertThat(rules.leaveCap(CreditHours.of("36")).shown()).isEqualTo("5.14");
    }

    @Test
    void anItemIsCreditedWhenAtLeastTheMinimumShareOfItWasAttended() {
        assertThat(rules.attendedEnough(135, 180)).isTrue();
        assertThat(rules.attendedEnough(134, 180)).isFalse();
    }
}
