package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.junit.jupiter.api.Test;

/**
 * The one home of the half-day block, the daily cap, the evening setting and the leave cap: the edges, and the shapes
 * of the real courses (a 5-day course, a one-week course at an academy, a two-month concentrated course).
 */
class TrainingRulesHomeTests {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 17);

    @Test
    void aMorningOfThreeHoursFiftyNineIsAFullHalfDayAndNoMore() {
        DayCredit.BlockCredit morning =
                rules(EveningCredit.HALF_DAY_BLOCK).dayCredit().block(DayBlock.MORNING, 239);
        assertThat(morning.quarters()).isEqualTo(12);
        assertThat(morning.bases()).containsExactly(CreditBasis.HALF_DAY);
    }

    @Test
    void aMorningOneMinuteShortOfTheHalfDayIsReckonedByLengthEvenWhenItRoundsToThree() {
        // 179 of 180 minutes: 11.93 quarters, nearest 12; the figure is a half day's but the rule was the length
        DayCredit.BlockCredit morning =
                rules(EveningCredit.HALF_DAY_BLOCK).dayCredit().block(DayBlock.MORNING, 179);
        assertThat(morning.quarters()).isEqualTo(12);
        assertThat(morning.bases()).containsExactly(CreditBasis.BY_LENGTH);
        // a shorter block earns its share: 2 h 15 earns 2.25
        assertThat(rules(EveningCredit.HALF_DAY_BLOCK)
                        .dayCredit()
                        .block(DayBlock.AFTERNOON, 135)
                        .quarters())
                .isEqualTo(9);
    }

    @Test
    void theDailyCapLeavesTheEveningOnlyWhatMorningAndAfternoonLeft() {
        DayCredit day = rules(EveningCredit.HALF_DAY_BLOCK).dayCredit();
        assertThat(day.block(DayBlock.MORNING, 180).quarters()).isEqualTo(12);
        assertThat(day.block(DayBlock.AFTERNOON, 180).quarters()).isEqualTo(12);
        DayCredit.BlockCredit evening = day.block(DayBlock.EVENING, 120);
        assertThat(evening.quarters()).isZero();
        assertThat(evening.bases()).containsExactlyInAnyOrder(CreditBasis.BY_LENGTH, CreditBasis.DAILY_CAP);

        DayCredit shortMorning = rules(EveningCredit.HALF_DAY_BLOCK).dayCredit();
        shortMorning.block(DayBlock.MORNING, 90);
        shortMorning.block(DayBlock.AFTERNOON, 180);
        DayCredit.BlockCredit partly = shortMorning.block(DayBlock.EVENING, 180);
        assertThat(partly.quarters()).isEqualTo(6);
        assertThat(partly.bases()).containsExactlyInAnyOrder(CreditBasis.HALF_DAY, CreditBasis.DAILY_CAP);
    }

    @Test
    void anEveningItemUnderEachSetting() {
        // after a full day: the half-day block has nothing left, by minutes it counts outside the day, none is none
        assertThat(evening(EveningCredit.HALF_DAY_BLOCK)).isEqualTo(new DayCredit.BlockCredit(0, daily()));
        assertThat(evening(EveningCredit.BY_MINUTES))
                .isEqualTo(new DayCredit.BlockCredit(8, Set.of(CreditBasis.EVENING_BY_MINUTES)));
        assertThat(evening(EveningCredit.NONE))
                .isEqualTo(new DayCredit.BlockCredit(0, Set.of(CreditBasis.EVENING_NONE)));

        TrainingRules none = rules(EveningCredit.NONE);
        assertThat(none.eveningEarnsNothing(LocalTime.of(19, 0))).isTrue();
        assertThat(none.eveningEarnsNothing(LocalTime.of(17, 59))).isFalse();
        assertThat(rules(EveningCredit.BY_MINUTES).eveningEarnsNothing(LocalTime.of(19, 0)))
                .isFalse();
    }

    @Test
    void theBlocksOfTheDayFollowTheInstitutionsTimes() {
        TrainingRules rules = rules(EveningCredit.HALF_DAY_BLOCK);
        assertThat(rules.blockAt(LocalTime.of(11, 59))).isEqualTo(DayBlock.MORNING);
        assertThat(rules.blockAt(LocalTime.NOON)).isEqualTo(DayBlock.AFTERNOON);
        assertThat(rules.blockAt(LocalTime.of(18, 0))).isEqualTo(DayBlock.EVENING);
        assertThat(rules.blockStartMinute(DayBlock.AFTERNOON)).isEqualTo(720);
        assertThat(rules.blockEndMinute(DayBlock.EVENING)).isEqualTo(1440);
        assertThat(rules.atMostHalfADay(CreditHours.of("3"))).isTrue();
        assertThat(rules.atMostHalfADay(CreditHours.of("3.25"))).isFalse();
    }

    @Test
    void theLeaveCapOfAFiveDayCourse() {
        // five days of a morning and an afternoon lecture: 30 学时, 1/7 is 4.2857...
        LeaveCap cap = capOf(programme(5));
        assertThat(cap.courseHours()).isEqualTo(CreditHours.of("30"));
        assertThat(cap.shown()).isEqualTo("4.28");
        assertThat(cap.admits(CreditHours.of("4.25"))).isTrue();
        assertThat(cap.admits(CreditHours.of("4.5"))).isFalse();
        assertThat(cap.fraction()).isEqualTo("1/7");
    }

    @Test
    void theLeaveCapOfAOneWeekCourseIsExactlyOneDay() {
        LeaveCap cap = capOf(programme(7));
        assertThat(cap.courseHours()).isEqualTo(CreditHours.of("42"));
        assertThat(cap.shown()).isEqualTo("6.00");
        assertThat(cap.admits(CreditHours.of("6"))).isTrue();
        assertThat(cap.admits(CreditHours.of("6.25"))).isFalse();
    }

    @Test
    void theLeaveCapOfATwoMonthCourse() {
        // eight weeks of five teaching days: 240 学时, 1/7 is 34.2857...
        List<CreditRule.Slot> slots = new ArrayList<>();
        for (int week = 0; week < 8; week++) {
            for (int day = 0; day < 5; day++) {
                slots.addAll(day(MONDAY.plusWeeks(week).plusDays(day)));
            }
        }
        LeaveCap cap = capOf(slots);
        assertThat(cap.courseHours()).isEqualTo(CreditHours.of("240"));
        assertThat(cap.shown()).isEqualTo("34.28");
        assertThat(cap.admits(CreditHours.of("34.25"))).isTrue();
        assertThat(cap.admits(CreditHours.of("34.5"))).isFalse();
    }

    @Test
    void theCapFigureIsCutNeverRoundedUpAndAgreesWithTheRule() {
        TrainingRules rules = rules(EveningCredit.HALF_DAY_BLOCK);
        // 24/7 = 3.428...: 3.42, not 3.43 (which would promise leave the rule refuses) nor 3.25 (a second rounding)
        assertThat(rules.leaveCap(CreditHours.of("24")).shown()).isEqualTo("3.42");
        assertThat(rules.leaveCap(CreditHours.of("21.25")).shown()).isEqualTo("3.03");
        assertThat(rules.leaveCap(CreditHours.of("35")).shown()).isEqualTo("5.00");
        // for every course of up to 100 学时 and all leave in quarters: within the cap exactly when <= the figure
        for (long course = 0; course <= 400; course++) {
            LeaveCap cap = rules.leaveCap(CreditHours.ofQuarters(course));
            for (long leave = 0; leave <= course; leave++) {
                CreditHours taken = CreditHours.ofQuarters(leave);
                assertThat(cap.admits(taken))
                        .as("%s of %s", taken, cap.courseHours())
                        .isEqualTo(taken.value().compareTo(cap.figure()) <= 0);
            }
        }
    }

    private static Set<CreditBasis> daily() {
        return Set.of(CreditBasis.BY_LENGTH, CreditBasis.DAILY_CAP);
    }

    private static DayCredit.BlockCredit evening(EveningCredit setting) {
        DayCredit day = rules(setting).dayCredit();
        day.block(DayBlock.MORNING, 180);
        day.block(DayBlock.AFTERNOON, 180);
        return day.block(DayBlock.EVENING, 120);
    }

    private static List<CreditRule.Slot> programme(int days) {
        List<CreditRule.Slot> slots = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            slots.addAll(day(MONDAY.plusDays(d)));
        }
        return slots;
    }

    private static List<CreditRule.Slot> day(LocalDate day) {
        return List.of(
                new CreditRule.Slot(day, LocalTime.of(8, 30), LocalTime.of(11, 30)),
                new CreditRule.Slot(day, LocalTime.of(14, 0), LocalTime.of(17, 0)));
    }

    private static LeaveCap capOf(List<CreditRule.Slot> slots) {
        TrainingRules rules = rules(EveningCredit.HALF_DAY_BLOCK);
        CreditHours total = new CreditRule(rules).hoursFor(slots).stream().reduce(CreditHours.ZERO, CreditHours::plus);
        return rules.leaveCap(total);
    }

    static TrainingRules rules(EveningCredit evening) {
        return new TrainingRules(
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
                evening,
                TrainingRules.DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE);
    }
}
