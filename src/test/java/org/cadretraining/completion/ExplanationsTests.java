package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CreditBasis;
import org.cadretraining.course.DayBlock;
import org.cadretraining.course.ItemCredit;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An explanation names only the rules that gave the item its 学时, and hours set by hand say so. */
class ExplanationsTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2024, 3, 19);

    final Explanations explanations = new Explanations(messages());

    @Test
    void hoursSetByHandSaySoWithTheFigureAndNameNoRule() {
        // three hours, as a half day would give: but the organiser fixed them, so no rule may be named
        LocalizedText text = explanations.credited(
                lecture("14:00", "17:00", "3"),
                present("14:02", "17:10"),
                null,
                credit("3", DayBlock.AFTERNOON, CreditBasis.SET_BY_HAND),
                ZONE);

        assertThat(text.zh())
                .endsWith("由组织者设定为 3 学时（未按规则折算）")
                .doesNotContain("半天")
                .doesNotContain("折算（");
        assertThat(text.en())
                .endsWith("3 credit hours set by hand by the organiser (not by the rule)")
                .doesNotContain("half day");
    }

    @Test
    void aFullHalfDayNamesTheHalfDayRule() {
        LocalizedText text = explanations.credited(
                lecture("14:00", "17:00", "3"),
                present("14:02", "17:10"),
                null,
                credit("3", DayBlock.AFTERNOON, CreditBasis.HALF_DAY),
                ZONE);

        assertThat(text.zh()).isEqualTo("3月19日下午，专题讲座：党的建设：出席 14:02–17:10；按“半天 = 3 学时”计 3 学时");
        assertThat(text.en())
                .isEqualTo(
                        "19 Mar afternoon, Lecture: Party building: present 14:02–17:10; 3 credit hours by the rule 'half day = 3'");
    }

    @Test
    void threeHoursByLengthAreNotCalledAHalfDay() {
        // 179 minutes round to 3 学时; the figure of a half day, reached by the length rule
        LocalizedText text = explanations.credited(
                lecture("08:30", "11:29", "3"),
                present("08:28", "11:30"),
                null,
                credit("3", DayBlock.MORNING, CreditBasis.BY_LENGTH),
                ZONE);

        assertThat(text.zh()).endsWith("按时长折算（180 分钟 = 3 学时）计 3 学时").doesNotContain("半天 =");
        assertThat(text.en()).endsWith("3 credit hours by its length (180 minutes = 3)");
    }

    @Test
    void aSharedBlockAndTheDailyCapAreNamedWhenTheyApplied() {
        LocalizedText shared = explanations.credited(
                lecture("08:30", "10:00", "1.5"),
                present("08:29", "10:00"),
                null,
                credit("1.5", DayBlock.MORNING, CreditBasis.HALF_DAY, CreditBasis.SHARED),
                ZONE);
        assertThat(shared.zh()).endsWith("按“半天 = 3 学时”，与同一半天的其他议程按时长分摊计 1.5 学时");
        assertThat(shared.en())
                .endsWith(
                        "1.5 credit hours by the rule 'half day = 3', shared by minutes with the other items of its half day");

        LocalizedText capped = explanations.credited(
                lecture("19:00", "21:00", "0"),
                present("18:58", "21:00"),
                null,
                credit("0", DayBlock.EVENING, CreditBasis.BY_LENGTH, CreditBasis.DAILY_CAP),
                ZONE);
        assertThat(capped.zh()).startsWith("3月19日晚上").endsWith("受“每天至多 6 学时”限制计 0 学时");
        assertThat(capped.en()).endsWith("limited by the rule 'at most 6 a day'");
    }

    @Test
    void aFigureTheRulesNoLongerGiveIsExplainedAsRecorded() {
        LocalizedText text = explanations.credited(
                lecture("14:00", "17:00", "2"), present("14:02", "17:10"), null, credit("2", DayBlock.AFTERNOON), ZONE);

        assertThat(text.zh()).endsWith("按议程所记计 2 学时");
        assertThat(text.en()).endsWith("2 credit hours as recorded on the agenda");
    }

    @Test
    void aTitleThatIsOnlyItsKindOrRunsOnFromItIsWrittenWholeWithoutEmptyParts() {
        // the reading class's programme: "开班式", "分组研讨（一）", "结业式暨总结讲话" once read "开班式：：", "分组研讨：（一）"
        LocalizedText opening = explanations.credited(
                item(AgendaItemType.OPENING_CEREMONY, "开班式"),
                present("08:00", "09:00"),
                null,
                credit("1", DayBlock.MORNING, CreditBasis.SET_BY_HAND),
                ZONE);
        assertThat(opening.zh()).startsWith("3月19日上午，开班式：出席 08:00–09:00；").doesNotContain("：：");

        LocalizedText discussion = explanations.credited(
                item(AgendaItemType.GROUP_DISCUSSION, "分组研讨（一）"),
                present("14:30", "17:30"),
                null,
                credit("3", DayBlock.AFTERNOON, CreditBasis.SET_BY_HAND),
                ZONE);
        assertThat(discussion.zh()).startsWith("3月19日下午，分组研讨（一）：出席 14:30–17:30；");

        LocalizedText closing = explanations.credited(
                item(AgendaItemType.CLOSING_CEREMONY, "结业式：总结讲话"),
                present("11:30", "12:00"),
                null,
                credit("0.5", DayBlock.MORNING, CreditBasis.SET_BY_HAND),
                ZONE);
        assertThat(closing.zh()).startsWith("3月19日上午，结业式：总结讲话：出席 11:30–12:00；");
    }

    @Test
    void englishMinutesAgreeWithTheirNumber() {
        ResourceBundleMessageSource source = messages();
        assertThat(source.getMessage("completion.explanation.byLength", new Object[] {1, 1, 1}, Explanations.EN))
                .contains("(1 minute = 1)");
        assertThat(source.getMessage("completion.explanation.byLength", new Object[] {90, 90, 90}, Explanations.EN))
                .contains("(90 minutes = 90)");
        assertThat(source.getMessage(
                        "completion.explanation.eveningByMinutes", new Object[] {"1.5", 90, "6"}, Explanations.EN))
                .contains("(90 minutes = 1.5)");
    }

    private static AgendaEntry lecture(String from, String to, String hours) {
        return item(AgendaItemType.LECTURE, from, to, hours, new LocalizedText("党的建设", "Party building"));
    }

    private static AgendaEntry item(AgendaItemType type, String titleZh) {
        return item(type, "08:00", "09:00", "1", new LocalizedText(titleZh, ""));
    }

    private static AgendaEntry item(AgendaItemType type, String from, String to, String hours, LocalizedText title) {
        return new AgendaEntry(
                1L,
                1L,
                type,
                DAY,
                LocalTime.parse(from),
                LocalTime.parse(to),
                null,
                null,
                null,
                "王教授",
                title,
                false,
                CreditHours.of(hours),
                org.cadretraining.course.CourseCatalog.Person.NOBODY,
                java.util.List.of(new org.cadretraining.course.CourseCatalog.Person(null, null, "王教授", null)),
                false,
                null);
    }

    private static ItemAttendance present(String in, String out) {
        return new ItemAttendance(1L, 2L, AttendanceStatus.PRESENT, at(in), at(out), false, false, 180, 180);
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    private static ItemCredit credit(String hours, DayBlock block, CreditBasis... bases) {
        return new ItemCredit(
                CreditHours.of(hours), Set.of(bases), CreditHours.of("3"), 180, CreditHours.of("6"), block);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/completion", "messages/course");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
