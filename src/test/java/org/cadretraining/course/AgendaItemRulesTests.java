package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** The rules of agenda items without a database: sittings, homework, the evening setting and 0-学时 warnings. */
class AgendaItemRulesTests {

    static final LocalDate DAY = LocalDate.of(2014, 10, 21);

    @Test
    void itemsSharingOneSittingEarnTheSharedTimeOnce() {
        CreditRule rule = new CreditRule(rules(EveningCredit.HALF_DAY_BLOCK));
        // a ceremony 08:30–09:30 and the badge pinning 09:00–09:30 within it: one hour scheduled, not 1.5
        assertThat(hours(rule, slot("08:30", "09:30"), slot("09:00", "09:30"))).containsExactly("0.75", "0.25");
        // back to back they add up as before
        assertThat(hours(rule, slot("08:30", "09:00"), slot("09:00", "11:30"))).containsExactly("0.50", "2.50");
    }

    @Test
    void theEveningCountsAsAHalfDayByDefaultByItsMinutesOrNotAtAll() {
        CreditRule.Slot[] day = {slot("08:30", "11:30"), slot("14:00", "17:00"), slot("19:00", "20:30")};
        assertThat(hours(new CreditRule(rules(EveningCredit.HALF_DAY_BLOCK)), day))
                .containsExactly("3.00", "3.00", "0.00");
        assertThat(hours(new CreditRule(rules(EveningCredit.BY_MINUTES)), day)).containsExactly("3.00", "3.00", "1.50");
        assertThat(hours(new CreditRule(rules(EveningCredit.NONE)), day)).containsExactly("3.00", "3.00", "0.00");
        // an evening alone: a block counts it, NONE does not
        assertThat(hours(new CreditRule(rules(EveningCredit.HALF_DAY_BLOCK)), slot("19:00", "21:00")))
                .containsExactly("2.00");
        assertThat(hours(new CreditRule(rules(EveningCredit.NONE)), slot("19:00", "21:00")))
                .containsExactly("0.00");
    }

    @Test
    void theOldRulesConstructorKeepsTheEveningAsAHalfDay() {
        TrainingRules old = new TrainingRules(
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
        assertThat(old.eveningCredit()).isEqualTo(EveningCredit.HALF_DAY_BLOCK);
    }

    @Test
    void homeworkHasADueTimeInsteadOfASittingAndNoPlace() {
        AgendaItemDetails homework = new AgendaItemDetails(
                AgendaItemType.HOMEWORK,
                DAY,
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                5L,
                List.of(),
                Speaker.NONE,
                new LocalizedText("学习心得", "Study summary"),
                true,
                null,
                true);
        assertThat(homework.dueAt()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(17, 0)));
        assertThat(homework.startsAt()).isEqualTo(homework.endsAt());
        assertThat(homework.siteId()).isNull();
        assertThat(homework.sharesSitting()).isFalse();
        AgendaItem item = AgendaItem.create(1L, homework);
        assertThat(item.overlaps(DAY, LocalTime.of(8, 0), LocalTime.of(18, 0))).isFalse();
        assertThat(item.dueAt()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(17, 0)));
        // an exam keeps its sitting and its time order
        assertThatThrownBy(() -> new AgendaItemDetails(
                        AgendaItemType.EXAM,
                        DAY,
                        LocalTime.of(9, 0),
                        LocalTime.of(9, 0),
                        null,
                        Speaker.NONE,
                        new LocalizedText("", ""),
                        true,
                        null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
    }

    @Test
    void aMandatoryItemEarningNothingSaysWhy() {
        TrainingRules none = rules(EveningCredit.NONE);
        LocalTime evening = LocalTime.of(19, 0);
        LocalTime morning = LocalTime.of(9, 0);
        assertThat(reason(AgendaItemType.GROUP_DISCUSSION, evening, true, "0", false, none))
                .isEqualTo("course.credit.zero.evening");
        assertThat(reason(AgendaItemType.HOMEWORK, morning, true, "0", false, none))
                .isEqualTo("course.credit.zero.homework");
        assertThat(reason(AgendaItemType.LECTURE, morning, true, "0", true, none))
                .isEqualTo("course.credit.zero.fixed");
        assertThat(reason(
                        AgendaItemType.GROUP_DISCUSSION,
                        evening,
                        true,
                        "0",
                        false,
                        rules(EveningCredit.HALF_DAY_BLOCK)))
                .isEqualTo("course.credit.zero.dayFull");
        // nothing to say for an optional item or one that earns hours
        assertThat(reason(AgendaItemType.GROUP_DISCUSSION, evening, false, "0", false, none))
                .isNull();
        assertThat(reason(AgendaItemType.LECTURE, morning, true, "1.5", false, none))
                .isNull();
    }

    @Test
    void severalSpeakersAreKeptInOrderWithTheirTopicsAndTheFirstIsTheMainSpeaker() {
        AgendaItemForm form = new AgendaItemForm(
                AgendaItemType.OTHER,
                DAY,
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                null,
                SpeakerKind.TEXT,
                null,
                "",
                "甲支部",
                "交流发言",
                "",
                true,
                null,
                "党建引领",
                "",
                List.of(
                        new PersonForm(SpeakerKind.TEXT, null, "", "乙支部", "支部建设", ""),
                        PersonForm.empty(),
                        new PersonForm(null, 7L, "", "", "", "")),
                SpeakerKind.TEXT,
                null,
                "",
                "陈力",
                false);
        AgendaItemDetails details = form.toDetails((field, number) -> 99L);
        assertThat(details.speakers()).extracting(Speaker::text).containsExactly("甲支部", "乙支部", "");
        assertThat(details.speakers().get(2).lecturerId()).isEqualTo(7L);
        assertThat(details.speaker().topic().zh()).isEqualTo("党建引领");
        assertThat(details.speakers().get(1).topic().zh()).isEqualTo("支部建设");
        assertThat(details.presider().text()).isEqualTo("陈力");

        AgendaItem item = AgendaItem.create(1L, details);
        assertThat(item.details()).isEqualTo(details);
        assertThat(AgendaItemForm.of(details, id -> "").speakers()).hasSize(2);
    }

    @Test
    void aHalfGivenFurtherSpeakerIsRefusedNextToItsRow() {
        PersonForm lecturerMissing = new PersonForm(SpeakerKind.LECTURER, null, "", "", "", "");
        assertThatThrownBy(() -> lecturerMissing.toSpeaker(2, (field, number) -> 1L))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("speakers[2].lecturerId");
                    assertThat(e.messageKey()).isEqualTo("course.agenda.speaker.lecturerRequired");
                });
    }

    private static String reason(
            AgendaItemType type,
            LocalTime startsAt,
            boolean mandatory,
            String credit,
            boolean overridden,
            TrainingRules rules) {
        return ZeroCredit.reason(type, startsAt, mandatory, CreditHours.of(credit), overridden, rules)
                .map(MessageSourceResolvable::getCodes)
                .map(codes -> codes[0])
                .orElse(null);
    }

    private static TrainingRules rules(EveningCredit evening) {
        return new CreditSettings(
                        new BigDecimal("3"),
                        new BigDecimal("6"),
                        180,
                        LocalTime.of(12, 0),
                        LocalTime.of(18, 0),
                        75,
                        1,
                        7,
                        10,
                        10,
                        evening,
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
