package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.leave.LeaveBook;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
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
 * A course recorded after it took place, shaped like the 2024 training of Hunan University of Technology and
 * Business: two days, a morning of video lectures and an afternoon of self-study or discussion each day. The
 * organiser says "everyone was present except …" and the statuses follow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PastAttendanceTests {

    private static final String NOTE_REQUIRED = "请填写补录说明。";

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
    LeaveBook leave;

    AttendanceFixture fixture;
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;
    long lectures1;
    long selfStudy1;
    long lectures2;
    long discussion2;
    long wang;
    long li;
    long zhang;
    long zhao;
    long chen;

    @BeforeEach
    void pastCourse() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = idOf(post("/api/v1/courses", """
                {"titleZh": "学习贯彻党的二十届三中全会精神集中培训 %s", "organiserUnitId": %d,
                 "startsOn": "2024-11-14", "endsOn": "2024-11-15", "capacity": 200, "requiredHours": 12,
                 "category": "THEORY"}
                """.formatted(fixture.prefix, fixture.unit)));
        lectures1 = item("LECTURE", "2024-11-14", "08:30", "11:30");
        selfStudy1 = item("SELF_STUDY", "2024-11-14", "14:30", "17:30");
        lectures2 = item("LECTURE", "2024-11-15", "08:30", "11:30");
        discussion2 = item("GROUP_DISCUSSION", "2024-11-15", "14:30", "17:30");
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/open-nominations")
                        .with(as(organiser)))
                .hasStatusOk();
        wang = fixture.trainee(courseId, "王处长");
        li = fixture.trainee(courseId, "李处长");
        zhang = fixture.trainee(courseId, "张处长");
        zhao = fixture.trainee(courseId, "赵处长");
        chen = fixture.trainee(courseId, "陈处长");
    }

    @Test
    void everyoneIsPresentExceptTheLinesGivenAndTheRecordSaysWhoRecordedItAfterwards() {
        MvcTestResult written =
                afterwards(false, """
                [{"cadreId": %d, "day": "2024-11-15", "status": "ABSENT"},
                 {"cadreId": %d, "itemId": %d, "status": "ON_LEAVE"},
                 {"cadreId": %d, "itemId": %d, "status": "LATE", "at": "09:10"},
                 {"cadreId": %d, "itemId": %d, "status": "LEFT_EARLY", "at": "16:00"}]
                """.formatted(wang, li, selfStudy1, zhang, lectures1, zhao, discussion2));
        assertThat(written).hasStatus(201);
        assertThat(body(written)).contains("\"presentCells\":15", "\"exceptionCells\":5");

        Map<String, AttendanceStatus> status = records.ofCourse(courseId).stream()
                .collect(Collectors.toMap(a -> a.itemId() + ":" + a.cadreId(), ItemAttendance::status));
        assertThat(status.get(lectures2 + ":" + wang)).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(status.get(discussion2 + ":" + wang)).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(status.get(lectures1 + ":" + wang)).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status.get(selfStudy1 + ":" + li)).isEqualTo(AttendanceStatus.ON_LEAVE);
        assertThat(status.get(lectures1 + ":" + zhang)).isEqualTo(AttendanceStatus.LATE);
        assertThat(status.get(discussion2 + ":" + zhao)).isEqualTo(AttendanceStatus.LEFT_EARLY);
        for (long item : List.of(lectures1, selfStudy1, lectures2, discussion2)) {
            assertThat(status.get(item + ":" + chen)).isEqualTo(AttendanceStatus.PRESENT);
        }

        assertThat(jdbc.sql("select recorded_by || ' ' || note from attendance_afterwards where course_id = ?")
                        .param(courseId)
                        .query(String.class)
                        .single())
                .isEqualTo(organiser.username() + " 根据纸质签到表补录");
        assertThat(jdbc.sql("""
                        select count(*) from attendance_override o join attendance_afterwards a on a.id = o.afterwards_id
                        where a.course_id = ? and o.decided_by = ?
                        """)
                        .params(courseId, organiser.username())
                        .query(Integer.class)
                        .single())
                .as("every decision written points to the record of who recorded the course afterwards")
                .isEqualTo(15 + 2);
    }

    @Test
    void theDryRunAnswersThePlanAndWritesNothing() {
        MvcTestResult plan = afterwards(true, """
                [{"cadreId": %d, "status": "ON_LEAVE", "day": "2024-11-14"}]
                """.formatted(li));
        assertThat(plan).hasStatusOk();
        assertThat(body(plan))
                .contains("\"written\":false", "\"presentCells\":18", "\"exceptionCells\":2", "\"pastLeaveCap\":true");
        assertThat(overrides()).isZero();
    }

    @Test
    void leaveAboveTheCapWithdrawsTheTraineeAsLeaveAskedAtTheTimeWould() {
        assertThat(afterwards(false, """
                [{"cadreId": %d, "status": "ON_LEAVE", "day": "2024-11-14"}]
                """.formatted(li))).hasStatus(201);
        assertThat(leave.withdrawals(courseId)).containsKey(li).doesNotContainKey(wang);
    }

    @Test
    void everyProblemIsNamedWithItsLineAndNothingIsWritten() {
        fixtureCheckIn(lectures1, chen);
        MvcTestResult refused = afterwards(false, """
                [{"cadreId": 999999999, "status": "ABSENT"},
                 {"cadreId": %1$d, "day": "2024-11-14", "status": "LATE", "at": "09:00"},
                 {"cadreId": %2$d, "itemId": %3$d, "status": "LEFT_EARLY", "at": "12:00"},
                 {"cadreId": %4$d, "itemId": %3$d, "status": "ABSENT"},
                 {"cadreId": %4$d, "day": "2024-11-14", "status": "ON_LEAVE"},
                 {"cadreId": %5$d, "status": "ABSENT"}]
                """.formatted(wang, li, lectures1, zhang, chen));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused))
                .contains("\"field\":\"lines[0].cadreId\"", "此人不是本培训班的学员")
                .contains("\"field\":\"lines[1].scope\"", "迟到和早退须选定一项日程")
                .contains("\"field\":\"lines[2].at\"", "08:30–11:30")
                .contains("\"field\":\"lines[4].scope\"", "与第 4 行重复")
                .contains("\"field\":\"lines[5].scope\"", "已有考勤记录");
        assertThat(overrides()).isZero();
        assertThat(jdbc.sql("select count(*) from attendance_afterwards where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCourseWithItemsStillToComeCannotBeRecordedAfterwards() {
        long future = futureCourse();
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/courses/" + future + "/attendance/afterwards")
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .cookie(new Cookie("lang", "en"))
                .content("{\"note\": \"x\", \"lines\": []}")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("The course has no agenda yet", "The course is \\\"Draft\\\"");
    }

    @Test
    void aCourseStillToComeIsNotCalledOverOnThePage() throws Exception {
        // the reading class's organiser opened the page on its third day and read "本班已经结束" above "还有日程没有结束"
        long future = futureCourse();
        MvcTestResult page = mvc.get()
                .uri("/attendance/courses/" + future + "/afterwards")
                .with(as(organiser))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("培训班还没有日程")
                .doesNotContain("本班已经结束");
    }

    @Test
    void onlyOrganisersRecordAfterwards() {
        CurrentUser teacher = fixture.classTeacher(courseId);
        CurrentUser trainee = TestPrincipal.cadre(wang);
        for (CurrentUser someone : List.of(teacher, trainee)) {
            assertThat(mvc.get()
                            .uri("/attendance/courses/" + courseId + "/afterwards")
                            .with(as(someone)))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/api/v1/courses/" + courseId + "/attendance/afterwards")
                            .with(as(someone))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"note\": \"x\", \"lines\": []}"))
                    .hasStatus(403);
        }
        assertThat(overrides()).isZero();
    }

    /** A line index the page never sends is a bad request with a sentence, on every form, never a server error. */
    @Test
    void aLineIndexThePageNeverSendsIsABadRequest() throws Exception {
        for (String index : List.of("abc", "-1", "99999")) {
            MvcTestResult odd = mvc.post()
                    .uri("/attendance/courses/" + courseId + "/afterwards/preview")
                    .with(as(organiser))
                    .with(csrf())
                    .param("note", "根据纸质签到表补录")
                    .param("lines[" + index + "].status", "ABSENT")
                    .exchange();
            assertThat(odd).as(index).hasStatus(400);
            assertThat(odd.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(index)
                    .contains("表单中有本页不会发送的内容");
        }
        assertThat(overrides()).isZero();
    }

    @Test
    void thePagePreviewsFirstKeepsTheLinesAndExplainsABadLineNextToIt() throws Exception {
        MvcTestResult bad = mvc.post()
                .uri("/attendance/courses/" + courseId + "/afterwards/preview")
                .with(as(organiser))
                .with(csrf())
                .param("note", "根据纸质签到表补录")
                .param("lines[0].cadreId", String.valueOf(zhang))
                .param("lines[0].scope", "day:2024-11-15")
                .param("lines[0].status", "LATE")
                .param("lines[0].at", "09:00")
                .exchange();
        assertThat(bad).hasStatus(400);
        String html = bad.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("第 1 行：迟到和早退须选定一项日程")
                .contains("value=\"day:2024-11-15\" selected=\"selected\"")
                .doesNotContain("data-after-preview");

        MvcTestResult good = mvc.post()
                .uri("/attendance/courses/" + courseId + "/afterwards/preview")
                .with(as(organiser))
                .with(csrf())
                .param("note", "根据纸质签到表补录")
                .param("lines[0].cadreId", String.valueOf(zhang))
                .param("lines[0].scope", "item:" + lectures2)
                .param("lines[0].status", "ABSENT")
                .exchange();
        assertThat(good).hasStatusOk();
        assertThat(good.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("将记为出勤 19 项次，例外 1 项次", "data-after-preview", "data-confirm=\"将写入 20 项次考勤");
        assertThat(overrides()).isZero();

        assertThat(mvc.post()
                        .uri("/attendance/courses/" + courseId + "/afterwards")
                        .with(as(organiser))
                        .with(csrf())
                        .param("note", "根据纸质签到表补录")
                        .param("lines[0].cadreId", String.valueOf(zhang))
                        .param("lines[0].scope", "item:" + lectures2)
                        .param("lines[0].status", "ABSENT"))
                .hasStatus(302)
                .hasRedirectedUrl("/attendance/courses/" + courseId);
        assertThat(overrides()).isEqualTo(20);
    }

    @Test
    void thePreviewAsksForTheNoteBeforeItOffersToWrite() throws Exception {
        MvcTestResult noNote = mvc.post()
                .uri("/attendance/courses/" + courseId + "/afterwards/preview")
                .with(as(organiser))
                .with(csrf())
                .param("note", "  ")
                .param("lines[0].cadreId", String.valueOf(zhang))
                .param("lines[0].scope", "item:" + lectures2)
                .param("lines[0].status", "ABSENT")
                .exchange();
        assertThat(noNote).hasStatus(400);
        String html = noNote.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("将记为出勤 19 项次，例外 1 项次")
                .contains("is-invalid")
                .contains(NOTE_REQUIRED)
                .contains("value=\"item:" + lectures2 + "\" selected=\"selected\"")
                .doesNotContain("data-after-preview");
        assertThat(overrides()).isZero();
    }

    /** A draft course of one day in 2099, with no agenda yet. */
    private long futureCourse() {
        return idOf(post("/api/v1/courses", """
                {"titleZh": "未来的培训班 %s", "organiserUnitId": %d, "startsOn": "2099-05-01", "endsOn": "2099-05-01",
                 "capacity": 10, "requiredHours": 3, "category": "THEORY"}
                """.formatted(fixture.prefix, fixture.unit)));
    }

    private void fixtureCheckIn(long item, long cadre) {
        jdbc.sql("""
                        insert into attendance_check (agenda_item_id, cadre_id, direction, checked_at, method,
                                                      recorded_by, recorded_at)
                        values (?, ?, 'IN', '2024-11-14 00:31:00+00', 'STAFF_TAP', 'desk', now())
                        """).params(item, cadre).update();
    }

    private MvcTestResult afterwards(boolean dryRun, String lines) {
        return mvc.post()
                .uri("/api/v1/courses/" + courseId + "/attendance/afterwards")
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"根据纸质签到表补录\", \"dryRun\": %s, \"lines\": %s}".formatted(dryRun, lines))
                .exchange();
    }

    private int overrides() {
        return jdbc.sql("""
                        select count(*) from attendance_override o join agenda_item i on i.id = o.agenda_item_id
                        where i.course_id = ?
                        """).param(courseId).query(Integer.class).single();
    }

    private long item(String type, String day, String from, String to) {
        return idOf(post("/api/v1/courses/" + courseId + "/agenda", """
                {"type": "%s", "day": "%s", "startsAt": "%s", "endsAt": "%s", "mandatory": true}
                """.formatted(type, day, from, to)));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private MvcTestResult post(String uri, String json) {
        return ApiCalls.postJson(mvc, uri, json, organiser);
    }
}
