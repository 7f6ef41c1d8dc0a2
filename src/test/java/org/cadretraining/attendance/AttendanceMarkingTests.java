package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AccountWebTest
class AttendanceMarkingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CheckInDesk desk;

    @Autowired
    AttendanceMarking marking;

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
    CurrentUser organiser = TestPrincipal.organiser();
    LocalDate day = LocalDate.of(2026, 3, 19);
    long courseId;
    long itemId;
    long trainee;

    @BeforeEach
    void course() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = fixture.course(day);
        itemId = fixture.item(courseId, day, "14:00", "17:00", "FIELD_STUDY");
        trainee = fixture.trainee(courseId, "胡晓梅");
    }

    @Test
    void checkingInByHandNeedsAReasonGivenNextToTheField() {
        assertThatThrownBy(() -> desk.byHand(courseId, itemId, trainee, Scan.Direction.IN, at("14:02"), " ", organiser))
                .isInstanceOf(DomainException.class)
                .hasMessage("attendance.reason.required");

        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/manual", courseId, itemId)
                        .with(as(organiser))
                        .with(csrf())
                        .param("cadreId", String.valueOf(trainee))
                        .param("direction", "IN")
                        .param("time", "14:02")
                        .param("reason", ""))
                .hasStatus(400)
                .bodyText()
                .contains("请填写原因", "value=\"14:02\"");
        assertThat(fixture.checkIns(itemId)).isZero();

        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/manual", courseId, itemId)
                        .with(as(organiser))
                        .with(csrf())
                        .param("cadreId", String.valueOf(trainee))
                        .param("direction", "IN")
                        .param("time", "14:02")
                        .param("reason", "手机没电，现场核实"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select method || ' ' || reason || ' ' || recorded_by from attendance_check"
                                + " where agenda_item_id = ?")
                        .param(itemId)
                        .query(String.class)
                        .single())
                .isEqualTo("MANUAL 手机没电，现场核实 " + organiser.username());
    }

    @Test
    void aFormWithSeveralProblemsShowsThemAllAtOnceNextToTheirFields() {
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/manual", courseId, itemId)
                        .with(as(organiser))
                        .with(csrf())
                        .param("cadreId", "")
                        .param("direction", "IN")
                        .param("time", "25:99")
                        .param("reason", " "))
                .hasStatus(400)
                .bodyText()
                .contains("请选择学员", "请填写有效的时间", "请填写原因", "value=\"25:99\"")
                .containsPattern("is-invalid\"[^>]*id=\"manual-time\"")
                .containsPattern("is-invalid\"[^>]*id=\"manual-reason\"")
                .containsPattern("is-invalid\"[^>]*id=\"manual-cadre\"");
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/decision", courseId, itemId)
                        .with(as(organiser))
                        .with(csrf())
                        .param("cadreId", String.valueOf(trainee))
                        .param("status", "")
                        .param("reason", ""))
                .hasStatus(400)
                .bodyText()
                .contains("请选择出勤或缺勤", "请填写原因");
        assertThat(fixture.checkIns(itemId)).isZero();
        assertThat(jdbc.sql("select count(*) from attendance_override where agenda_item_id = ?")
                        .param(itemId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDecisionNeedsAReasonAndTheLatestCountsWhileEveryOneIsKept() {
        assertThatThrownBy(() ->
                        marking.decide(courseId, itemId, trainee, AttendanceMarking.Decision.ABSENT, "", organiser))
                .hasMessage("attendance.reason.required");
        desk.byHand(courseId, itemId, trainee, Scan.Direction.IN, at("14:00"), "补签", organiser);
        marking.decide(courseId, itemId, trainee, AttendanceMarking.Decision.ABSENT, "中途离开未返回", organiser);
        assertThat(status()).isEqualTo(AttendanceStatus.ABSENT);
        marking.decide(courseId, itemId, trainee, AttendanceMarking.Decision.PRESENT, "经核实在场", organiser);
        assertThat(status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(jdbc.sql("select count(*) from attendance_override where agenda_item_id = ?")
                        .param(itemId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void onlyOrganisersMarkByHand() {
        CurrentUser teacher = fixture.classTeacher(courseId);
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/manual", courseId, itemId)
                        .with(as(teacher))
                        .with(csrf())
                        .param("cadreId", String.valueOf(trainee))
                        .param("time", "14:02")
                        .param("reason", "x"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/decision", courseId, itemId)
                        .with(as(TestPrincipal.liaison(fixture.unit)))
                        .with(csrf())
                        .param("cadreId", String.valueOf(trainee))
                        .param("status", "PRESENT")
                        .param("reason", "x"))
                .hasStatus(403);
        assertThat(fixture.checkIns(itemId)).isZero();
    }

    @Test
    void lateAndLeftEarlyFollowTheItemsOwnThresholdsOrTheInstitutions() {
        desk.byHand(courseId, itemId, trainee, Scan.Direction.IN, at("14:08"), "补签", organiser);
        desk.byHand(courseId, itemId, trainee, Scan.Direction.OUT, at("16:45"), "补签", organiser);
        // institution defaults: late after 10 minutes, early by more than 10
        ItemAttendance byDefault = attendance();
        assertThat(byDefault.late()).isFalse();
        assertThat(byDefault.leftEarly()).isTrue();
        assertThat(byDefault.status()).isEqualTo(AttendanceStatus.LEFT_EARLY);

        marking.setThresholds(courseId, itemId, 5, 20, null, organiser);
        ItemAttendance byItem = attendance();
        assertThat(byItem.late()).isTrue();
        assertThat(byItem.leftEarly()).isFalse();
        assertThat(byItem.status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(byItem.minutesAttended()).isEqualTo(157);
    }

    @Test
    void aThresholdOutOfRangeIsRefusedNextToItsFieldWithTheInputKept() {
        assertThat(mvc.post()
                        .uri("/attendance/courses/{c}/items/{i}/rule", courseId, itemId)
                        .with(as(organiser))
                        .with(csrf())
                        .param("lateAfterMinutes", "-3")
                        .param("earlyLeaveMinutes", "15"))
                .hasStatus(400)
                .bodyText()
                .contains("请填写 0 到 1440 之间的分钟数", "value=\"-3\"");
    }

    @Test
    void theStatusesPageShowsEachTraineeAtEachItem() {
        desk.byHand(courseId, itemId, trainee, Scan.Direction.IN, at("14:30"), "补签", organiser);
        assertThat(mvc.get().uri("/attendance/courses/{c}", courseId).with(as(organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("胡晓梅", "迟到");
        assertThat(mvc.get().uri("/attendance/courses/{c}", courseId).with(as(TestPrincipal.cadre(trainee))))
                .hasStatus(403);
    }

    private AttendanceStatus status() {
        return attendance().status();
    }

    private ItemAttendance attendance() {
        return records.ofCourse(courseId).stream()
                .filter(a -> a.itemId() == itemId && a.cadreId() == trainee)
                .findFirst()
                .orElseThrow();
    }

    private java.time.Instant at(String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), clock.getZone()).toInstant();
    }
}
