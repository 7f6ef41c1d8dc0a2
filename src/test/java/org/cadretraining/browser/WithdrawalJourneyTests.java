package org.cadretraining.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.course.TrainingCategory;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.leave.LeaveSetup;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trainee of the five-day Jinggangshan course is withdrawn (退学) for leave past the cap: the enrolment page shows
 * the place as withdrawn with the reason, who and when, and keeps it in the unit's quota use; the trainee's own
 * course list on their phone says so. Shot in Chinese and English.
 */
@Import(AccountWebTest.Support.class)
class WithdrawalJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Withdrawal journey 2026";
    private static final LocalDate DAY_1 = LocalDate.of(2026, 4, 13);

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    LeaveSetup leave;

    @Autowired
    JdbcClient jdbc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aTraineeWithdrawnForLeaveIsShownWithdrawnWithTheReasonAndStaysInTheUnitsQuota() {
        long unit = directory.registerUnit(new UnitDetails(
                prefix + "-U",
                new LocalizedText("吉安市委组织部", "Ji'an Organization Department"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long courseId = courses.plan(new NewCourse(
                new LocalizedText("井冈山革命传统教育专题培训班", "Jinggangshan revolutionary tradition course"),
                new LocalizedText("", ""),
                unit,
                null,
                null,
                DAY_1,
                DAY_1.plusDays(4),
                3,
                CreditHours.of("30"),
                TrainingCategory.PARTY_SPIRIT));
        List<Long> mornings = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            mornings.add(schedule(courseId, DAY_1.plusDays(day), "08:30", "11:30", "专题教学 " + (day + 1)));
            schedule(courseId, DAY_1.plusDays(day), "14:00", "17:00", "现场教学 " + (day + 1));
        }
        jdbc.sql("insert into unit_quota (course_id, unit_id, places) values (?, ?, 3)")
                .params(courseId, unit)
                .update();
        courses.openNominations(courseId);
        long withdrawn = cadre(unit, "郑建国", "1");
        enrolment.enrol(courseId, withdrawn, CourseRole.PARTICIPANT);
        enrolment.enrol(courseId, cadre(unit, "刘晓梅", "2"), CourseRole.PARTICIPANT);
        enrolment.enrol(courseId, cadre(unit, "陈志远", "3"), CourseRole.PARTICIPANT);
        courses.closeNominations(courseId);
        courses.start(courseId);
        // two mornings, 6 学时 of 30: past the cap of 1/7 (4.29)
        leave.approvedLeave(courseId, withdrawn, List.of(mornings.get(1), mornings.get(2)), "单位防汛任务");
        String organiser = "org" + prefix;
        accounts.ready(organiser, PASSWORD, Role.ORGANISER);
        String trainee = "trainee" + prefix;
        accounts.ready(trainee, PASSWORD, EnumSet.of(Role.CADRE), withdrawn, null);

        signIn(page, organiser, PASSWORD);
        page.navigate("/courses/" + courseId + "/enrolment?lang=zh");
        String row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("郑建国"))
                .textContent();
        assertThat(row)
                .contains("退学", "请假 6.00 学时，超过课程 30.00 学时的 1/7", "由 system 办理退学")
                .doesNotContain("已录取", "Leave of");
        assertThat(page.locator(".quota-withdrawn").textContent()).contains("其中退学 1 人");
        screenshot("enrolment-zh");
        page.navigate("/courses/" + courseId + "/enrolment?lang=en");
        assertThat(page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("郑建国"))
                        .textContent())
                .contains("Withdrawn from the course", "Leave of 6.00 credit hours exceeds 1/7")
                .doesNotContain("请假");
        assertThat(page.locator(".quota-withdrawn").textContent()).contains("of which 1 withdrawn from the course");
        screenshot("enrolment-en");

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        signIn(page, trainee, PASSWORD);
        page.navigate("/my/courses?lang=zh");
        assertThat(page.content()).contains("井冈山革命传统教育专题培训班", "退学");
        screenshot("my-courses-phone-zh");
        page.navigate("/my/courses?lang=en");
        assertThat(page.content()).contains("Withdrawn from the course");
        screenshot("my-courses-phone-en");
    }

    private long cadre(long unit, String name, String number) {
        return directory.registerCadre(new CadreDetails(
                prefix + "-" + number, name, Gender.MALE, unit, "科长", "Section chief", null, "", "", "", "", true));
    }

    private long schedule(long courseId, LocalDate day, String from, String to, String title) {
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
                        "黄教授",
                        new LocalizedText(title, title),
                        false));
    }
}
