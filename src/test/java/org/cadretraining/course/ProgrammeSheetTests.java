package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.shared.TableRows;
import org.junit.jupiter.api.Test;

/**
 * Programmes as organisers paste them: the DUT opening morning of 2014 (one time column, a presider, four speakers
 * in one cell), and a sheet in the template's order without a header.
 */
class ProgrammeSheetTests {

    static final LocalDate OCT_21 = LocalDate.of(2014, 10, 21);

    @Test
    void aProgrammeWithItsOwnHeadersIsReadWhateverTheirOrder() {
        ProgrammeSheet.Read read = ProgrammeSheet.read(TableRows.ofPaste("""
                        时间\t日期\t内容\t类型\t主讲人\t主持人\t地点\t必修
                        8:30—9:30\t10月21日\t开班典礼\t开班仪式\t李成恩、洪晓楠，陈斌\t田晓明\t文科楼610\t是
                        9:40~11:30\t2014/10/21\t为学员代表佩戴校徽\t其他\t\t田晓明\t文科楼610\t否
                        """), OCT_21, OCT_21);

        assertThat(read.problems()).isEmpty();
        ProgrammeSheet.Line opening = read.lines().getFirst();
        assertThat(opening.row()).isEqualTo(2);
        assertThat(opening.day()).isEqualTo(OCT_21);
        assertThat(opening.startsAt()).isEqualTo(LocalTime.of(8, 30));
        assertThat(opening.endsAt()).isEqualTo(LocalTime.of(9, 30));
        assertThat(opening.type()).isEqualTo(AgendaItemType.OPENING_CEREMONY);
        assertThat(opening.speakers()).containsExactly("李成恩", "洪晓楠", "陈斌");
        assertThat(opening.presider()).isEqualTo("田晓明");
        assertThat(opening.site()).isEqualTo("文科楼610");
        assertThat(opening.mandatory()).isTrue();
        assertThat(read.lines().get(1).type()).isEqualTo(AgendaItemType.OTHER);
        assertThat(read.lines().get(1).mandatory()).isFalse();
    }

    @Test
    void aSheetWithoutHeadersIsReadInTheTemplatesOrder() {
        ProgrammeSheet.Read read = ProgrammeSheet.read(
                TableRows.ofPaste("2024-11-14\t08:30\t11:30\t专题辅导报告\t三中全会精神解读\t\t周爱民\t\t英才报告厅\t\t3"),
                LocalDate.of(2024, 11, 14),
                LocalDate.of(2024, 11, 15));

        assertThat(read.problems()).isEmpty();
        ProgrammeSheet.Line lecture = read.lines().getFirst();
        assertThat(lecture.type()).isEqualTo(AgendaItemType.LECTURE);
        assertThat(lecture.titleZh()).isEqualTo("三中全会精神解读");
        assertThat(lecture.speakers()).containsExactly("周爱民");
        assertThat(lecture.hours()).isEqualByComparingTo(new BigDecimal("3"));
    }

    @Test
    void aSpreadsheetDateOfTheNextYearBelongsToACourseThatCrossesNewYear() {
        ProgrammeSheet.Read read = ProgrammeSheet.read(
                TableRows.ofPaste("日期\t开始\t结束\n1月3日\t9:00\t11:00\n12/30\t9:00\t11:00"),
                LocalDate.of(2024, 12, 29),
                LocalDate.of(2025, 1, 5));

        assertThat(read.lines())
                .extracting(ProgrammeSheet.Line::day)
                .containsExactly(LocalDate.of(2025, 1, 3), LocalDate.of(2024, 12, 30));
    }

    @Test
    void everyCellThatCannotBeReadIsNamedByRowAndColumn() {
        ProgrammeSheet.Read read =
                ProgrammeSheet.read(TableRows.ofPaste("""
                        日期\t开始\t结束\t类型\t必修\t学时
                        下周一\t8:30\t11:30\t讲座\t是\t3
                        2024-11-14\t25:00\t11:30\t跳舞\t也许\t三
                        """), LocalDate.of(2024, 11, 14), LocalDate.of(2024, 11, 15));

        assertThat(read.lines()).isEmpty();
        assertThat(read.problems())
                .extracting(ProgrammeSheet.Problem::row, ProgrammeSheet.Problem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, ProgrammeColumn.DAY),
                        org.assertj.core.groups.Tuple.tuple(3, ProgrammeColumn.START),
                        org.assertj.core.groups.Tuple.tuple(3, ProgrammeColumn.TYPE),
                        org.assertj.core.groups.Tuple.tuple(3, ProgrammeColumn.MANDATORY),
                        org.assertj.core.groups.Tuple.tuple(3, ProgrammeColumn.HOURS));
        assertThat(read.problems().get(2).arguments()).containsExactly("跳舞");
    }

    @Test
    void homeworkIsDueAtOneTimeWithoutASitting() {
        ProgrammeSheet.Read read = ProgrammeSheet.read(
                TableRows.ofPaste("日期\t时间\t类型\t标题\n2017-11-30\t17:00\t作业\t学习小结"),
                LocalDate.of(2017, 9, 1),
                LocalDate.of(2017, 11, 30));

        assertThat(read.problems()).isEmpty();
        assertThat(read.lines().getFirst().type()).isEqualTo(AgendaItemType.HOMEWORK);
        assertThat(read.lines().getFirst().endsAt()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void typesAreReadAsOrganisersWriteThemFirstMatchWinning() {
        assertThat(List.of("开学典礼", "结业考试", "结业仪式", "现场教学", "集中自学", "交流发言", "微党课", "Group discussion"))
                .map(cell -> ProgrammeTypes.of(cell).orElseThrow())
                .containsExactly(
                        AgendaItemType.OPENING_CEREMONY,
                        AgendaItemType.EXAM,
                        AgendaItemType.CLOSING_CEREMONY,
                        AgendaItemType.FIELD_STUDY,
                        AgendaItemType.SELF_STUDY,
                        AgendaItemType.GROUP_DISCUSSION,
                        AgendaItemType.MICRO_COURSE,
                        AgendaItemType.GROUP_DISCUSSION);
    }
}
