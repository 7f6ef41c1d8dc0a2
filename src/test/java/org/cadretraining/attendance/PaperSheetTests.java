package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One item recorded at once from its paper sign-in sheet while the course runs: the morning lecture of a 5-day
 * course for Party branch secretaries (周口师范学院 2021, 40 trainees) yesterday, the course going on until the day
 * after tomorrow. Everyone present except the exceptions; check-ins and earlier decisions are kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaperSheetTests {

    static final String NOTE = "纸质签到表 昨日上午";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceRecords records;

    @Autowired
    ItemHistory history;

    @Autowired
    Clock clock;

    AttendanceFixture fixture;
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;
    long lecture;
    long tomorrow;
    final List<Long> trainees = new ArrayList<>();

    @BeforeEach
    void runningFiveDayCourse() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        courseId = fixture.course("基层党支部书记专题培训班", today.minusDays(2), today.plusDays(2), "IN_PROGRESS");
        lecture = fixture.item(courseId, today.minusDays(1), "08:30", "11:30", "LECTURE");
        tomorrow = fixture.item(courseId, today.plusDays(1), "08:30", "11:30", "FIELD_STUDY");
        for (int i = 1; i <= 40; i++) {
            trainees.add(fixture.trainee(courseId, "支部书记" + i));
        }
    }

    @Test
    void aMorningLectureOfFortyIsRecordedWithItsExceptionsAndCellsAlreadyRecordedAreKept() {
        long checkedIn = trainees.get(0);
        long decided = trainees.get(1);
        checkIn(lecture, checkedIn);
        decide(lecture, decided, "ABSENT");

        MvcTestResult written = sheet(organiser, lecture, NOTE, false, """
                [{"cadreId": %d, "status": "ABSENT"}, {"cadreId": %d, "status": "ON_LEAVE"},
                 {"cadreId": %d, "status": "LATE", "at": "09:10"}, {"cadreId": %d, "status": "LEFT_EARLY", "at": "11:00"}]
                """.formatted(
                        trainees.get(2), trainees.get(3), trainees.get(4), trainees.get(5)));

        assertThat(written).hasStatus(201);
        assertThat(body(written))
                .contains("\"written\":true", "\"presentCells\":34", "\"exceptionCells\":4", "\"keptCells\":2")
                .contains("\"cadreId\":" + checkedIn, "\"cadreId\":" + decided);
        Map<Long, AttendanceStatus> status = statusesAt(lecture);
        assertThat(status.get(trainees.get(2))).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(status.get(trainees.get(3))).isEqualTo(AttendanceStatus.ON_LEAVE);
        assertThat(status.get(trainees.get(4))).isEqualTo(AttendanceStatus.LATE);
        assertThat(status.get(trainees.get(5))).isEqualTo(AttendanceStatus.LEFT_EARLY);
        assertThat(status.get(trainees.get(39))).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status.get(checkedIn)).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status.get(decided))
                .as("the earlier decision is kept, not overwritten by 'present'")
                .isEqualTo(AttendanceStatus.ABSENT);
        assertThat(decisions(lecture, decided)).isEqualTo(1);
        assertThat(decisions(lecture, checkedIn)).isZero();
        assertThat(overridesAt(tomorrow)).as("only the chosen item is written").isZero();

        assertThat(jdbc.sql("select agenda_item_id from attendance_afterwards where course_id = ?")
                        .param(courseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(lecture);
        List<AttendanceBoard.HistoryLine> lines = history.of(lecture, List.of());
        assertThat(lines)
                .filteredOn(line -> line.what().equals("SHEET"))
                .hasSize(34 + 1)
                .allSatisfy(line -> {
                    assertThat(line.who()).isEqualTo(organiser.username());
                    assertThat(line.reason()).isEqualTo(NOTE);
                });
    }

    @Test
    void theDryRunNamesWhatIsKeptAndWritesNothing() {
        checkIn(lecture, trainees.get(7));
        MvcTestResult plan = sheet(organiser, lecture, "", true, """
                [{"cadreId": %d, "status": "ABSENT"}]
                """.formatted(trainees.get(2)));
        assertThat(plan).hasStatusOk();
        assertThat(body(plan))
                .contains("\"written\":false", "\"presentCells\":38", "\"exceptionCells\":1", "\"keptCells\":1")
                .contains("支部书记8");
        assertThat(overridesAt(lecture)).isZero();
    }

    @Test
    void anItemThatHasNotEndedIsRefusedSayingWhenItEnds() {
        MvcTestResult refused = sheet(organiser, tomorrow, NOTE, false, "[]");
        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("\"field\":\"itemId\"", "结束后才能按纸质签到表记录", "11:30");
        assertThat(overridesAt(tomorrow)).isZero();

        MvcTestResult english = mvc.post()
                .uri("/api/v1/attendance/courses/" + courseId + "/items/" + tomorrow + "/sheet")
                .with(as(organiser))
                .cookie(new Cookie("lang", "en"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"x\", \"exceptions\": []}")
                .exchange();
        assertThat(body(english)).contains("it can be recorded from the paper sheet once it has ended");
    }

    @Test
    void aNoteIsRequired() {
        MvcTestResult refused = sheet(organiser, lecture, "  ", false, "[]");
        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("note", "请填写补录说明");
        assertThat(overridesAt(lecture)).isZero();
    }

    @Test
    void oneBadLineWritesNothingAtAll() {
        MvcTestResult refused = sheet(
                organiser, lecture, NOTE, false, """
                [{"cadreId": %d, "status": "ABSENT"}, {"cadreId": %d, "status": "LATE", "at": "12:00"},
                 {"cadreId": %d, "status": "ABSENT"}]
                """.formatted(trainees.get(2), trainees.get(3), trainees.get(2)));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused))
                .contains("\"field\":\"exceptions[1].at\"", "08:30–11:30")
                .contains("\"field\":\"exceptions[2].cadreId\"", "与第 1 行重复");
        assertThat(overridesAt(lecture)).isZero();
        assertThat(fixture.checkIns(lecture)).isZero();
        assertThat(jdbc.sql("select count(*) from attendance_afterwards where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theCoursesClassTeacherMayRecordButALiaisonAnotherCoursesTeacherOrATraineeMayNot() {
        CurrentUser teacher = fixture.classTeacher(courseId);
        long otherCourse =
                fixture.course("嘉定镇街道2017年“成长工程”培训班", LocalDate.now(clock), LocalDate.now(clock), "IN_PROGRESS");
        CurrentUser otherTeacher = fixture.classTeacher(otherCourse);
        CurrentUser liaison = TestPrincipal.liaison(fixture.unit);
        CurrentUser trainee = TestPrincipal.cadre(trainees.get(0));
        for (CurrentUser someone : List.of(otherTeacher, liaison, trainee)) {
            assertThat(mvc.get()
                            .uri("/attendance/courses/" + courseId + "/items/" + lecture + "/sheet")
                            .with(as(someone)))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/attendance/courses/" + courseId + "/items/" + lecture + "/sheet")
                            .with(as(someone))
                            .with(csrf())
                            .param("note", NOTE))
                    .hasStatus(403);
            assertThat(sheet(someone, lecture, NOTE, false, "[]")).hasStatus(403);
            assertThat(sheet(someone, lecture, "", false, "[]"))
                    .as("refused for who they are before anything about the input")
                    .hasStatus(403);
        }
        assertThat(overridesAt(lecture)).isZero();

        assertThat(sheet(teacher, lecture, NOTE, false, "[]")).hasStatus(201);
        assertThat(overridesAt(lecture)).isEqualTo(40);
    }

    @Test
    void unreadableJsonIsABadRequest() {
        for (String exceptions : List.of(
                "[{\"cadreId\": %d, \"status\": \"NOPE\"}]".formatted(trainees.get(0)),
                "[{\"cadreId\": \"abc\", \"status\": \"ABSENT\"}]",
                "[{\"cadreId\": %d, \"status\": \"LATE\", \"at\": \"25:99\"}]".formatted(trainees.get(0)),
                "{\"not\": \"a list\"}")) {
            assertThat(sheet(organiser, lecture, NOTE, false, exceptions))
                    .as(exceptions)
                    .hasStatus(400);
        }
        assertThat(overridesAt(lecture)).isZero();
    }

    @Test
    void anItemOfAnotherCourseIsNotFound() {
        long other = fixture.course(LocalDate.now(clock).minusDays(1));
        long otherItem = fixture.item(other, LocalDate.now(clock).minusDays(1), "08:30", "11:30", "LECTURE");
        assertThat(sheet(organiser, otherItem, NOTE, false, "[]")).hasStatus(404);
        assertThat(overridesAt(otherItem)).isZero();
    }

    MvcTestResult sheet(CurrentUser by, long itemId, String note, boolean dryRun, String exceptions) {
        return mvc.post()
                .uri("/api/v1/attendance/courses/" + courseId + "/items/" + itemId + "/sheet")
                .with(as(by))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"%s\", \"dryRun\": %s, \"exceptions\": %s}".formatted(note, dryRun, exceptions))
                .exchange();
    }

    Map<Long, AttendanceStatus> statusesAt(long itemId) {
        return records.ofCourse(courseId).stream()
                .filter(a -> a.itemId() == itemId)
                .collect(Collectors.toMap(ItemAttendance::cadreId, ItemAttendance::status));
    }

    void checkIn(long item, long cadre) {
        jdbc.sql("""
                        insert into attendance_check (agenda_item_id, cadre_id, direction, checked_at, method,
                                                      recorded_by, recorded_at)
                        values (?, ?, 'IN', ?, 'STAFF_TAP', 'desk', now())
                        """)
                .params(item, cadre, java.sql.Timestamp.from(yesterdayAt825()))
                .update();
    }

    java.time.Instant yesterdayAt825() {
        return LocalDate.now(clock)
                .minusDays(1)
                .atTime(8, 25)
                .atZone(clock.getZone())
                .toInstant();
    }

    void decide(long item, long cadre, String status) {
        jdbc.sql("""
                        insert into attendance_override (agenda_item_id, cadre_id, status, reason, decided_by, decided_at)
                        values (?, ?, ?, '病假未批', 'earlier', now())
                        """).params(item, cadre, status).update();
    }

    int decisions(long item, long cadre) {
        return jdbc.sql("select count(*) from attendance_override where agenda_item_id = ? and cadre_id = ?")
                .params(item, cadre)
                .query(Integer.class)
                .single();
    }

    int overridesAt(long item) {
        return jdbc.sql("select count(*) from attendance_override where agenda_item_id = ?")
                .param(item)
                .query(Integer.class)
                .single();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
