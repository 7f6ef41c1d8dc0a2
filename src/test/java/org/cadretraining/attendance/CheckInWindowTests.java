package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A check-in counts only while the course is in progress and within the item's window, shown with courses shaped
 * like those of real-courses.yaml: a five-day course for Party branch secretaries with an afternoon lecture
 * (14:00–17:00), a three-day course with an evening group discussion (19:00–21:00), and a two-month course for
 * division-level cadres that has not opened yet.
 */
@AccountWebTest
class CheckInWindowTests {

    static final LocalDate SECOND_DAY = LocalDate.of(2026, 5, 19);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CheckInCodes codes;

    @Autowired
    CheckInDesk desk;

    @Autowired
    AttendanceRecords records;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    AttendanceFixture fixture;
    Instant before;
    long branchSecretaries;
    long afternoonLecture;
    long trainee;
    CurrentUser teacher;

    @BeforeEach
    void fiveDayCourseWithAnAfternoonLecture() {
        before = clock.instant();
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        branchSecretaries =
                fixture.course("基层党支部书记专题培训班", SECOND_DAY.minusDays(1), SECOND_DAY.plusDays(3), "IN_PROGRESS");
        afternoonLecture = fixture.item(branchSecretaries, SECOND_DAY, "14:00", "17:00", "LECTURE");
        trainee = fixture.trainee(branchSecretaries, "李明");
        teacher = fixture.classTeacher(branchSecretaries);
    }

    @AfterEach
    void clockBack() {
        clock.setTo(before);
    }

    @Test
    void aRotatingCodeScannedAt0704ForTheAfternoonItemIsRefusedAndNeverCountsAsPresent() {
        at(SECOND_DAY, "07:04");
        String code = codes.rotatingCode(afternoonLecture);

        assertThat(mvc.get().uri("/check-in/{code}", code).with(as(TestPrincipal.cadre(trainee))))
                .hasStatus(400)
                .bodyText()
                .contains("现在不在该环节的签到时间内");

        assertThat(fixture.checkIns(afternoonLecture)).isZero();
        assertThat(reasonCodes(afternoonLecture)).isEqualTo("outside_window");
        ItemAttendance attendance = attendanceOf(branchSecretaries, afternoonLecture, trainee);
        assertThat(attendance.checkedInAt()).isNull();
        assertThat(attendance.minutesAttended()).isZero();
    }

    @Test
    void checkInOpensThirtyMinutesBeforeTheStartAndClosesAtTheEnd() {
        at(SECOND_DAY, "13:29");
        assertThat(tap(afternoonLecture, trainee).refusal()).isEqualTo(CheckInRefusal.OUTSIDE_WINDOW);
        at(SECOND_DAY, "17:00");
        assertThat(tap(afternoonLecture, trainee).refusal()).isEqualTo(CheckInRefusal.OUTSIDE_WINDOW);
        at(SECOND_DAY, "13:30");
        assertThat(tap(afternoonLecture, trainee).outcome()).isEqualTo(ScanOutcome.RECORDED);
        assertThat(fixture.checkIns(afternoonLecture)).isEqualTo(1);
    }

    @Test
    void aCheckOutMayComeAfterTheEndButACheckInByHandOnlyInsideTheWindow() {
        at(SECOND_DAY, "14:05");
        tap(afternoonLecture, trainee);
        at(SECOND_DAY, "17:20");
        assertThat(desk.scan(branchSecretaries, scan(afternoonLecture, trainee, Scan.Direction.OUT), teacher)
                        .outcome())
                .isEqualTo(ScanOutcome.RECORDED);
        at(SECOND_DAY, "17:31");
        assertThat(desk.scan(branchSecretaries, scan(afternoonLecture, trainee, Scan.Direction.OUT), teacher)
                        .refusal())
                .isEqualTo(CheckInRefusal.OUTSIDE_WINDOW);

        long second = fixture.trainee(branchSecretaries, "王芳");
        Instant early = LocalDateTime.of(SECOND_DAY, java.time.LocalTime.of(7, 4))
                .atZone(clock.getZone())
                .toInstant();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.byHand(
                        branchSecretaries,
                        afternoonLecture,
                        second,
                        Scan.Direction.IN,
                        early,
                        "补签",
                        TestPrincipal.organiser()))
                .isInstanceOf(org.cadretraining.shared.DomainException.class)
                .hasMessage("attendance.refusal.outside_window");
        assertThat(attendanceOf(branchSecretaries, afternoonLecture, second).minutesAttended())
                .isZero();
    }

    @Test
    void presenceIsCountedInsideTheItemAndNeverMoreThanItsLength() {
        at(SECOND_DAY, "13:35");
        tap(afternoonLecture, trainee);
        long second = fixture.trainee(branchSecretaries, "王芳");
        tap(afternoonLecture, second);
        at(SECOND_DAY, "16:00");
        desk.scan(branchSecretaries, scan(afternoonLecture, second, Scan.Direction.OUT), teacher);
        at(SECOND_DAY, "19:00");

        ItemAttendance stayed = attendanceOf(branchSecretaries, afternoonLecture, trainee);
        assertThat(stayed.itemMinutes()).isEqualTo(180);
        assertThat(stayed.minutesAttended()).isEqualTo(180);
        ItemAttendance left = attendanceOf(branchSecretaries, afternoonLecture, second);
        assertThat(left.minutesAttended()).isEqualTo(120);
        assertThat(records.ofCourse(branchSecretaries))
                .allSatisfy(a -> assertThat(a.minutesAttended()).isLessThanOrEqualTo(a.itemMinutes()));
    }

    @Test
    void theScreenShowsTheWindowInsteadOfACodeOutsideIt() {
        at(SECOND_DAY, "07:04");
        assertThat(screen("zh"))
                .contains("签到尚未开始", "签到时间：13:30 至 17:00", "id=\"screen-closed\"")
                .doesNotContain("data-check-in-url=\"http", "data:image/png");
        assertThat(screen("en")).contains("Check-in has not opened yet", "Check-in: 13:30 to 17:00");
        at(SECOND_DAY, "17:05");
        assertThat(screen("zh")).contains("签到已结束").doesNotContain("data:image/png");
        at(SECOND_DAY, "14:05");
        assertThat(screen("zh"))
                .contains("data-check-in-url=\"http://localhost/check-in?code=" + afternoonLecture + ".")
                .doesNotContain("screen-closed");
    }

    @Test
    void anEveningItemMayOpenEarlierThanTheInstitutionsThirtyMinutes() {
        long secretaries = fixture.course("省直机关党支部书记培训班", SECOND_DAY, SECOND_DAY.plusDays(2), "IN_PROGRESS");
        long eveningDiscussion = fixture.item(secretaries, SECOND_DAY, "19:00", "21:00", "GROUP_DISCUSSION");
        long member = fixture.trainee(secretaries, "赵强");
        CurrentUser itsTeacher = fixture.classTeacher(secretaries);
        at(SECOND_DAY, "18:20");
        assertThat(desk.scan(secretaries, scan(eveningDiscussion, member, Scan.Direction.IN), itsTeacher)
                        .refusal())
                .isEqualTo(CheckInRefusal.OUTSIDE_WINDOW);

        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/rule", secretaries, eveningDiscussion)
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("opensMinutesBefore", "45"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/attendance/courses/{c}", secretaries).with(as(TestPrincipal.organiser())))
                .bodyText()
                .contains("环节开始前 30 分钟开放签到", "id=\"opens-" + eveningDiscussion + "\"", "value=\"45\"");

        assertThat(desk.scan(secretaries, scan(eveningDiscussion, member, Scan.Direction.IN), itsTeacher)
                        .outcome())
                .isEqualTo(ScanOutcome.RECORDED);

        // a window that is not a number of minutes is explained next to its field, the input kept
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/rule", secretaries, eveningDiscussion)
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("opensMinutesBefore", "2000"))
                .hasStatus(400)
                .bodyText()
                .containsPattern("is-invalid\"[^>]*name=\"opensMinutesBefore\"[^>]*id=\"opens-" + eveningDiscussion
                        + "\"[^>]*value=\"2000\"")
                .contains("请填写 0 到 1440 之间的分钟数");
    }

    @Test
    void theInstitutionSetsHowLongBeforeAnItemCheckInOpens() {
        at(SECOND_DAY, "13:10");
        assertThat(tap(afternoonLecture, trainee).refusal()).isEqualTo(CheckInRefusal.OUTSIDE_WINDOW);
        try {
            assertThat(saveRules("60")).hasStatus3xxRedirection();
            assertThat(tap(afternoonLecture, trainee).outcome()).isEqualTo(ScanOutcome.RECORDED);
        } finally {
            saveRules("30");
        }
        assertThat(saveRules("-5")).bodyText().contains("签到提前开放分钟数不能小于 0");
    }

    @Test
    void aCourseThatHasNotOpenedRefusesEveryCheckIn() {
        // a two-month course for division-level cadres: nominations closed, it starts next week
        LocalDate opens = SECOND_DAY.plusDays(7);
        long divisionCadres = fixture.course("处级领导干部培训班", opens, opens.plusWeeks(8), "NOMINATIONS_CLOSED");
        long firstLecture = fixture.item(divisionCadres, opens.plusWeeks(6), "08:30", "11:30", "LECTURE");
        long cadre = fixture.trainee(divisionCadres, "孙丽");
        CurrentUser itsTeacher = fixture.classTeacher(divisionCadres);
        at(opens.plusWeeks(6), "08:40");

        assertThat(desk.scan(divisionCadres, scan(firstLecture, cadre, Scan.Direction.IN), itsTeacher)
                        .refusal())
                .isEqualTo(CheckInRefusal.COURSE_NOT_RUNNING);
        assertThat(mvc.get()
                        .uri("/check-in/{code}", codes.rotatingCode(firstLecture))
                        .with(as(TestPrincipal.cadre(cadre))))
                .hasStatus(400)
                .bodyText()
                .contains("该培训班不在进行中");
        assertThat(fixture.checkIns(firstLecture)).isZero();
        assertThat(reasonCodes(firstLecture)).isEqualTo("course_not_running,course_not_running");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult saveRules(String opensBefore) {
        return mvc.post()
                .uri("/admin/training-rules")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("hoursPerHalfDay", "3")
                .param("hoursPerDay", "6")
                .param("minutesPerHalfDay", "180")
                .param("afternoonStarts", "12:00")
                .param("eveningStarts", "18:00")
                .param("minimumAttendedPercent", "75")
                .param("leaveCapNumerator", "1")
                .param("leaveCapDenominator", "7")
                .param("lateAfterMinutes", "10")
                .param("earlyLeaveMinutes", "10")
                .param("eveningCredit", "HALF_DAY_BLOCK")
                .param("checkInOpensMinutesBefore", opensBefore)
                .exchange();
    }

    private String screen(String language) {
        return new String(
                mvc.get()
                        .uri(
                                "/attendance/courses/{c}/items/{i}/screen?lang=" + language,
                                branchSecretaries,
                                afternoonLecture)
                        .with(as(teacher))
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private ScanResult tap(long itemId, long cadreId) {
        return desk.scan(branchSecretaries, scan(itemId, cadreId, Scan.Direction.IN), teacher);
    }

    private Scan scan(long itemId, long cadreId, Scan.Direction direction) {
        return new Scan(
                UUID.randomUUID(), itemId, cadreId, direction, CheckMethod.STAFF_TAP, clock.instant(), "tablet");
    }

    private void at(LocalDate day, String time) {
        clock.setTo(LocalDateTime.of(day, java.time.LocalTime.parse(time))
                .atZone(clock.getZone())
                .toInstant());
    }

    private ItemAttendance attendanceOf(long courseId, long itemId, long cadreId) {
        return records.ofCourse(courseId).stream()
                .filter(a -> a.itemId() == itemId && a.cadreId() == cadreId)
                .findFirst()
                .orElseThrow();
    }

    private String reasonCodes(long itemId) {
        return String.join(
                ",",
                jdbc.sql("select reason_code from attendance_audit where agenda_item_id = ? order by id")
                        .param(itemId)
                        .query(String.class)
                        .list());
    }
}
