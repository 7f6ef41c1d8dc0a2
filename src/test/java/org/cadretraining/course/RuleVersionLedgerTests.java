package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.attendance.CheckMethod;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.credit.CreditEntryView;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Worked examples on two real courses of the seed: the HNUST division-level class that ended with an exam (sample
 * days, 2005) and WHU's online course for Enshi's rural cadres (2–4 June 2020). Each ledger entry explains which rule
 * gave its 学时, in Chinese and English, and keeps the version of the rules that produced it: rules changed after a
 * course's completion apply to the next course's entries and leave the earlier ones, and what they say, as they were.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class RuleVersionLedgerTests {

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Autowired
    TrainingRulesKeeper keeper;

    @Autowired
    TrainingRulesStore store;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void eachItemKindExplainsItsEntryAndARuleChangeLeavesEarlierEntriesAsTheyWere() {
        TrainingRules before = keeper.current(organiser);
        try {
            keeper.replace(
                    before.withItemTypes(Map.of(
                            AgendaItemType.EXAM, new ItemTypeRule(ItemTypeCount.BY_LENGTH, 45, CreditHours.ZERO),
                            AgendaItemType.SELF_STUDY, new ItemTypeRule(ItemTypeCount.FIXED, 45, CreditHours.of("2")))),
                    organiser);
            String first = store.version();
            long unit = directory.registerUnit(new UnitDetails(
                    prefix + "HNUST", new LocalizedText("湖南科技大学", "HNUST"), UnitKind.DEPARTMENT, null, true));
            long hnustCadre = cadre("处级学员", unit);
            LocalDate examDay = LocalDate.of(2005, 7, 21);
            long hnust = course("省委高校工委党校第47期处干班 " + prefix, unit, examDay.minusDays(1), examDay);
            long lecture = item(hnust, AgendaItemType.LECTURE, examDay.minusDays(1), "08:30", "11:30", "党性修养");
            long selfStudy = item(hnust, AgendaItemType.SELF_STUDY, examDay.minusDays(1), "14:30", "17:00", "自学");
            long exam = item(hnust, AgendaItemType.EXAM, examDay, "08:30", "10:30", "结业考试");
            long ceremony = item(hnust, AgendaItemType.CLOSING_CEREMONY, examDay, "15:00", "16:00", "结业典礼");
            // the organiser fixed the ceremony's 学时 by hand: that figure wins over any rule
            jdbc.sql("update agenda_item set credit_hours_override = 0.5 where id = ?")
                    .param(ceremony)
                    .update();
            attendAndComplete(hnust, hnustCadre, List.of(lecture, selfStudy, exam, ceremony));

            List<CreditEntryView> hnustEntries = ledger.entriesOf(hnustCadre);
            assertThat(hnustEntries).extracting(CreditEntryView::ruleVersion).containsOnly(first);
            assertThat(entry(hnustEntries, exam).hours()).isEqualTo(CreditHours.of("2.75"));
            assertThat(entry(hnustEntries, exam).explanation().zh())
                    .endsWith("按“考试按时长计，45 分钟 = 1 学时，取整到 0.25 学时”（本项 120 分钟）计 2.75 学时");
            assertThat(entry(hnustEntries, exam).explanation().en())
                    .endsWith("2.75 credit hours by the rule 'Exam: by length, 45 minutes = 1 credit hour, to the"
                            + " nearest 0.25' (120 minutes)");
            assertThat(entry(hnustEntries, selfStudy).explanation().zh()).endsWith("按“自学固定计学时”计 2 学时");
            assertThat(entry(hnustEntries, selfStudy).explanation().en())
                    .endsWith("2 credit hours by the rule 'Self-study: a fixed figure'");
            assertThat(entry(hnustEntries, lecture).explanation().zh()).endsWith("按“半天 = 3 学时”计 3 学时");
            assertThat(entry(hnustEntries, ceremony).explanation().zh()).endsWith("由组织者设定为 0.5 学时（未按规则折算）");
            assertThat(entry(hnustEntries, ceremony).explanation().en())
                    .endsWith("0.5 credit hours set by hand by the organiser (not by the rule)");

            // the institution changes its rules: an exam now counts 2 学时, a lecture by its length at 60 minutes
            keeper.replace(
                    keeper.current(organiser)
                            .withItemTypes(Map.of(
                                    AgendaItemType.EXAM, new ItemTypeRule(ItemTypeCount.FIXED, 45, CreditHours.of("2")),
                                    AgendaItemType.LECTURE,
                                            new ItemTypeRule(ItemTypeCount.BY_LENGTH, 60, CreditHours.ZERO))),
                    organiser);
            String second = store.version();
            assertThat(second).isNotEqualTo(first);
            long whuUnit = directory.registerUnit(new UnitDetails(
                    prefix + "ES", new LocalizedText("恩施市委组织部", "Enshi"), UnitKind.DEPARTMENT, null, true));
            long ruralCadre = cadre("灯笼坝村党支部书记", whuUnit);
            LocalDate opening = LocalDate.of(2020, 6, 2);
            long whu = course("乡村振兴和基层治理专题网络培训班 " + prefix, whuUnit, opening, opening.plusDays(2));
            long openingItem = item(whu, AgendaItemType.OPENING_CEREMONY, opening, "09:00", "09:30", "开班仪式");
            // a live lecture followed by 15 minutes of online questions: 105 minutes
            long live = item(whu, AgendaItemType.LECTURE, opening, "09:30", "11:15", "乡村振兴战略");
            attendAndComplete(whu, ruralCadre, List.of(openingItem, live));

            List<CreditEntryView> whuEntries = ledger.entriesOf(ruralCadre);
            assertThat(whuEntries).extracting(CreditEntryView::ruleVersion).containsOnly(second);
            assertThat(entry(whuEntries, live).explanation().zh())
                    .endsWith("按“专题讲座按时长计，60 分钟 = 1 学时，取整到 0.25 学时”（本项 105 分钟）计 1.75 学时");
            assertThat(entry(whuEntries, live).explanation().en())
                    .endsWith("1.75 credit hours by the rule 'Lecture: by length, 60 minutes = 1 credit hour, to the"
                            + " nearest 0.25' (105 minutes)");
            // the first course's entries say what they said, under the version that produced them
            assertThat(ledger.entriesOf(hnustCadre)).isEqualTo(hnustEntries);
            assertThat(mvc.get()
                            .uri("/my/credit")
                            .with(TestPrincipal.as(TestPrincipal.cadre(hnustCadre)))
                            .cookie(new jakarta.servlet.http.Cookie("lang", "zh")))
                    .bodyText()
                    .contains("按第 " + first.substring("training-rules:".length()) + " 版学时规则计算");
        } finally {
            keeper.replace(before, organiser);
        }
    }

    private static CreditEntryView entry(List<CreditEntryView> entries, long itemId) {
        return entries.stream()
                .filter(e -> e.sourceRef().equals("agenda-item:" + itemId))
                .findFirst()
                .orElseThrow();
    }

    private long cadre(String name, long unit) {
        return directory.registerCadre(
                new CadreDetails(prefix + name, name, Gender.MALE, unit, "处长", "Director", null, "", "", "", "", true));
    }

    private long course(String title, long unit, LocalDate from, LocalDate to) {
        long id = courses.plan(new NewCourse(
                new LocalizedText(title, title),
                new LocalizedText("", ""),
                unit,
                null,
                null,
                from,
                to,
                80,
                CreditHours.of("1"),
                TrainingCategory.THEORY));
        courses.openNominations(id);
        return id;
    }

    private long item(long courseId, AgendaItemType type, LocalDate day, String from, String to, String title) {
        return courses.schedule(
                courseId,
                new NewAgendaItem(
                        type,
                        day,
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        null,
                        null,
                        null,
                        "王教授",
                        new LocalizedText(title, title),
                        false));
    }

    private void attendAndComplete(long courseId, long cadreId, List<Long> items) {
        enrolment.enrol(courseId, cadreId, CourseRole.PARTICIPANT);
        courses.closeNominations(courseId);
        courses.start(courseId);
        for (long item : items) {
            var times = jdbc.sql("select day, starts_at, ends_at from agenda_item where id = ?")
                    .param(item)
                    .query((rs, n) -> new Object[] {
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class)
                    })
                    .single();
            LocalDate day = (LocalDate) times[0];
            attendance.checkIn(
                    item,
                    cadreId,
                    day.atTime((LocalTime) times[1]).atZone(clock.getZone()).toInstant(),
                    CheckMethod.STAFF_TAP,
                    null,
                    "test");
            attendance.checkOut(
                    item,
                    cadreId,
                    day.atTime((LocalTime) times[2]).atZone(clock.getZone()).toInstant(),
                    CheckMethod.STAFF_TAP,
                    null,
                    "test");
        }
        courses.complete(courseId);
    }
}
