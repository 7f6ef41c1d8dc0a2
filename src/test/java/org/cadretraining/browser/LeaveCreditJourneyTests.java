package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.attendance.CheckMethod;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.Audience;
import org.cadretraining.course.Contact;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.course.TrainingCategory;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A trainee of the two-month HNUST class asks on their phone for leave from the exam and reads what it does to
 * completion; the organiser approves it and records a make-up. A cadre of the Jiading weekly evening class (在职)
 * has its evenings in the ledger, explained, and no days of full-time training on the compliance page. Shot in
 * Chinese and English.
 */
@Import(AccountWebTest.Support.class)
class LeaveCreditJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Leave and credit journey 2026";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aTraineeSeesWhatLeaveFromTheExamDoesAndTheOrganiserRecordsAMakeUp() {
        long unit = unit("湖南科技大学", "Hunan University of Science and Technology");
        long cadre = cadre(unit, "李处长", "1", "COUNTY");
        long courseId = courses.plan(new NewCourse(
                new LocalizedText("省委高校工委党校第47期处干班", "47th division-level class"),
                new LocalizedText("", ""),
                unit,
                null,
                null,
                LocalDate.of(2005, 5, 16),
                LocalDate.of(2005, 7, 21),
                70,
                CreditHours.of("21"),
                TrainingCategory.THEORY));
        schedule(courseId, LocalDate.of(2005, 5, 16), "08:30", "11:30", "开班式", "Opening ceremony", true);
        for (int week = 1; week <= 5; week++) {
            schedule(
                    courseId,
                    LocalDate.of(2005, 5, 16).plusWeeks(week),
                    "08:30",
                    "11:30",
                    "专题讲座 " + week,
                    "Lecture " + week,
                    false);
        }
        long exam = schedule(courseId, LocalDate.of(2005, 7, 18), "08:30", "11:30", "结业考试", "End-of-course exam", true);
        courses.openNominations(courseId);
        enrolment.enrol(courseId, cadre, CourseRole.PARTICIPANT);
        courses.closeNominations(courseId);
        courses.start(courseId);
        String trainee = "trainee" + prefix;
        accounts.ready(trainee, PASSWORD, EnumSet.of(Role.CADRE), cadre, null);
        String organiser = "org" + prefix;
        accounts.ready(organiser, PASSWORD, Role.ORGANISER);

        page.setViewportSize(390, 844);
        signIn(page, trainee, PASSWORD);
        page.navigate("/courses/" + courseId + "/leave?lang=zh");
        page.locator("#item-" + exam).check();
        page.locator("#reason").fill("单位紧急任务");
        page.locator("#leave-form button[type=submit]").click();
        assertThat(page.locator("#leave-requests").textContent())
                .contains("将缺席必修日程：7月18日 08:30–11:30 结业考试", "达不到结业所需的 21.00 学时");
        screenshot("trainee-leave-phone-zh");
        page.navigate("/courses/" + courseId + "/leave?lang=en");
        assertThat(page.locator("#leave-requests").textContent()).contains("Misses the mandatory item 18 Jul");
        screenshot("trainee-leave-phone-en");

        page.context().clearCookies();
        page.setViewportSize(1280, 800);
        signIn(page, organiser, PASSWORD);
        page.navigate("/courses/" + courseId + "/leave?lang=zh");
        screenshot("organiser-leave-zh");
        page.navigate("/courses/" + courseId + "/leave?lang=en");
        screenshot("organiser-leave-en");
        page.navigate("/courses/" + courseId + "/completion/make-ups?lang=zh");
        page.locator("#itemId").selectOption(String.valueOf(exam));
        page.locator("#kind-ASSIGNMENT").check();
        page.locator("#reason").fill("补交结业考试书面答卷，经班主任批阅合格");
        // it cannot be undone, so the page asks first
        java.util.List<String> asked = new java.util.ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.accept();
        });
        page.locator("#make-up-form button[type=submit]").click();
        assertThat(page.locator("#make-ups").textContent()).contains("李处长", "书面作业", "补交结业考试书面答卷");
        assertThat(asked).singleElement().asString().contains("误登记只能撤销并写明原因");
        screenshot("organiser-make-ups-zh");
        page.navigate("/courses/" + courseId + "/completion/make-ups?lang=en");
        assertThat(page.locator("#make-ups").textContent()).contains("Written assignment");
        screenshot("organiser-make-ups-en");
        // recorded by mistake: withdrawn, saying why, after the page asks; the record stays
        page.navigate("/courses/" + courseId + "/completion/make-ups?lang=zh");
        page.locator(".make-up-withdraw input[name=reason]").fill("答卷未经班主任批阅，登记有误");
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.accept();
        });
        page.locator(".make-up-withdraw button[type=submit]").click();
        assertThat(page.locator("#make-ups .make-up-withdrawn").textContent()).contains("撤销：答卷未经班主任批阅，登记有误");
        assertThat(asked).last().asString().contains("撤销后这项补学不再满足必修要求");
        assertThat(page.locator(".make-up-withdraw").count()).isZero();
        screenshot("organiser-make-up-withdrawn-zh");
        page.navigate("/courses/" + courseId + "/completion/make-ups?lang=en");
        assertThat(page.locator("#make-ups .make-up-withdrawn").textContent()).contains("Withdrawn by");
        screenshot("organiser-make-up-withdrawn-en");
    }

    @Test
    void anOnTheJobCoursesEveningsAreExplainedInTheLedgerAndCountNoDays() {
        long unit = unit("嘉定镇街道党工委", "Jiading Town Party Working Committee");
        long cadre = cadre(unit, "青年干部", "1", null);
        long county = cadre(unit, "王主任", "2", "COUNTY");
        LocalDate first = LocalDate.of(2026, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        long courseId = courses.plan(new NewCourse(
                new LocalizedText("嘉定镇街道“成长工程”培训班", "Jiading Growth Project class"),
                new LocalizedText("", ""),
                List.of(unit),
                List.of(),
                null,
                null,
                first,
                first.plusWeeks(7),
                120,
                CreditHours.of("1"),
                TrainingCategory.THEORY,
                TrainingForm.PART_TIME,
                Contact.NONE,
                Audience.ANYONE,
                List.of(),
                null));
        List<Long> evenings = new ArrayList<>();
        for (int week = 0; week < 8; week++) {
            evenings.add(schedule(
                    courseId,
                    first.plusWeeks(week),
                    "19:00",
                    "21:00",
                    "实践项目小组研学 " + (week + 1),
                    "Practice project group " + (week + 1),
                    false));
        }
        courses.openNominations(courseId);
        enrolment.enrol(courseId, cadre, CourseRole.PARTICIPANT);
        enrolment.enrol(courseId, county, CourseRole.PARTICIPANT);
        courses.closeNominations(courseId);
        courses.start(courseId);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        for (int week = 0; week < 8; week++) {
            LocalDate day = first.plusWeeks(week);
            for (long trainee : List.of(cadre, county)) {
                attendance.checkIn(
                        evenings.get(week),
                        trainee,
                        day.atTime(18, 55).atZone(zone).toInstant(),
                        CheckMethod.STAFF_TAP,
                        null,
                        "test");
                attendance.checkOut(
                        evenings.get(week),
                        trainee,
                        day.atTime(21, 5).atZone(zone).toInstant(),
                        CheckMethod.STAFF_TAP,
                        null,
                        "test");
            }
        }
        courses.complete(courseId);
        String organiser = "org" + prefix;
        accounts.ready(organiser, PASSWORD, Role.ORGANISER);
        String trainee = "cadre" + prefix;
        accounts.ready(trainee, PASSWORD, EnumSet.of(Role.CADRE), cadre, null);

        signIn(page, organiser, PASSWORD);
        page.navigate("/credit/cadres/" + cadre + "?lang=zh");
        assertThat(page.content()).contains("在职培训（不脱产）：学时照计，当天不计为脱产培训天数");
        // each evening is named as what it was, not as time away from the post
        assertThat(page.locator("#credit-entries tbody tr td:nth-child(2)").allTextContents())
                .hasSize(8)
                .containsOnly("在职培训");
        screenshot("ledger-zh");
        page.navigate("/credit/cadres/" + cadre + "?lang=en");
        assertThat(page.locator("#credit-entries tbody tr td:nth-child(2)")
                        .first()
                        .textContent())
                .isEqualTo("On-the-job training");
        screenshot("ledger-en");
        page.navigate("/credit/compliance?lang=zh&unitId=" + unit);
        // eight evenings are no eight days of full-time training toward "90 学时 or 12 days"
        assertThat(page.locator("table").textContent()).contains("0 / 12", "王主任", "0.00 / 550.00", "16.00 / 90.00");
        assertThat(page.locator("#compliance-on-the-job").textContent()).contains("不计入县处级以上每 5 年的脱产培训学时");
        screenshot("compliance-zh");
        page.navigate("/credit/compliance?lang=en&unitId=" + unit);
        screenshot("compliance-en");

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        signIn(page, trainee, PASSWORD);
        page.navigate("/my/credit?lang=zh");
        screenshot("my-credit-phone-zh");
        page.navigate("/my/credit?lang=en");
        screenshot("my-credit-phone-en");
    }

    private long unit(String zh, String en) {
        return directory.registerUnit(
                new UnitDetails(prefix + "-U", new LocalizedText(zh, en), UnitKind.PARTY_COMMITTEE, null, true));
    }

    private long cadre(long unit, String name, String number, String rank) {
        return directory.registerCadre(new CadreDetails(
                prefix + "-" + number, name, Gender.MALE, unit, "科员", "Clerk", rank, "", "", "", "", true));
    }

    private long schedule(long courseId, LocalDate day, String from, String to, String zh, String en, boolean must) {
        return courses.schedule(
                courseId,
                new NewAgendaItem(
                        AgendaItemType.LECTURE,
                        day,
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        null,
                        null,
                        null,
                        "宋元林",
                        new LocalizedText(zh, en),
                        must));
    }
}
