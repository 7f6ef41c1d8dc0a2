package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * The steps that are hard to undo ask first and say what follows: completing a course with no attendance recorded
 * at all is refused until confirmed (it would fail everyone), and only an administrator undoes an archive, after
 * which a news draft is still possible. The course is a single morning lecture, as the DUT class opening of 2014.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseStepsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    final CurrentUser organiser = TestPrincipal.organiser();
    final CurrentUser administrator = TestPrincipal.administrator();
    AttendanceFixture fixture;
    long courseId;

    @BeforeEach
    void heldCourse() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = idOf(post("/api/v1/courses", """
                {"titleZh": "第38期新疆公共管理干部培训班 %s", "organiserUnitId": %d,
                 "startsOn": "2014-10-21", "endsOn": "2014-10-21", "capacity": 40, "requiredHours": 3,
                 "category": "THEORY"}
                """.formatted(fixture.prefix, fixture.unit)));
        idOf(post("/api/v1/courses/" + courseId + "/agenda", """
                {"type": "OPENING_CEREMONY", "day": "2014-10-21", "startsAt": "08:30", "endsAt": "11:30",
                 "titleZh": "开班典礼", "mandatory": true}
                """));
        for (String step : new String[] {"open-nominations", "close-nominations", "start"}) {
            assertThat(step(step, organiser)).hasStatusOk();
        }
        fixture.trainee(courseId, "陈斌");
        fixture.trainee(courseId, "李明");
    }

    @Test
    void completingWithNoAttendanceAtAllIsRefusedUntilConfirmed() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/courses/" + courseId + "/complete")
                .with(as(organiser))
                .cookie(new Cookie("lang", "en"))
                .exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("No attendance has been recorded for this course: completing it now fails all 2 trainees.");
        assertThat(status()).isEqualTo("IN_PROGRESS");

        MvcTestResult page = mvc.post()
                .uri("/courses/" + courseId + "/status")
                .with(as(organiser))
                .with(csrf())
                .param("action", "complete")
                .exchange();
        assertThat(page).hasStatus(409);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("本班还没有任何考勤记录：现在结业，全部 2 名学员都将判为未结业。", "name=\"confirm\" value=\"true\"", "仍然结业");
        assertThat(status()).isEqualTo("IN_PROGRESS");

        assertThat(mvc.post()
                        .uri("/courses/" + courseId + "/status")
                        .with(as(organiser))
                        .with(csrf())
                        .param("action", "complete")
                        .param("confirm", "true"))
                .hasStatus(302);
        assertThat(status()).isEqualTo("COMPLETED");
    }

    @Test
    void completingAfterTheAttendanceWasRecordedAsksNothingMore() {
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/attendance/afterwards")
                        .with(as(organiser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"根据签到表补录\", \"lines\": []}"))
                .hasStatus(201);
        assertThat(step("complete", organiser)).hasStatusOk();
        assertThat(status()).isEqualTo("COMPLETED");
    }

    @Test
    void everyStepOnThePageSaysWhatFollowsBeforeItIsTaken() throws Exception {
        String page = mvc.get()
                .uri("/courses/" + courseId)
                .with(as(organiser))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-confirm=\"结业后将按规则逐一判定学员是否结业").contains("data-confirm=\"取消后，全部报名和候补作废");
    }

    @Test
    void archivingAsksFirstAndSaysWhatFollowsInEitherLanguage() throws Exception {
        assertThat(step("complete?confirm=true", organiser)).hasStatusOk();

        assertThat(archiveButton(pageOf(organiser)).attr("data-confirm"))
                .isEqualTo("归档后培训班的全部记录只读，只有系统管理员可以撤销归档。确定归档吗？");
        String english = mvc.get()
                .uri("/courses/" + courseId)
                .with(as(organiser))
                .cookie(new Cookie("lang", "en"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(archiveButton(english).attr("data-confirm"))
                .isEqualTo("An archived course's records can no longer change; only an administrator can undo the"
                        + " archive. Archive the course?");
        assertThat(archiveButton(english).text()).isEqualTo("Archive");
        assertThat(status()).as("showing the step takes nothing").isEqualTo("COMPLETED");
    }

    @Test
    void aVenueNeverRecordedIsStillToBeDecidedWhileTheCourseRunsAndNotRecordedOnceItIsOver() throws Exception {
        assertThat(venueOf(pageOf(organiser))).isEqualTo("（未定）");

        assertThat(step("complete?confirm=true", organiser)).hasStatusOk();

        assertThat(venueOf(pageOf(organiser))).isEqualTo("（未记录）");
    }

    @Test
    void onlyAnAdministratorUndoesAnArchiveAndTheCourseCanStillBeReported() throws Exception {
        assertThat(step("complete?confirm=true", organiser)).hasStatusOk();
        assertThat(step("archive", organiser)).hasStatusOk();
        assertThat(mvc.get().uri("/news/desk/from-course/" + courseId).with(as(editor())))
                .hasStatusOk();

        assertThat(pageOf(organiser)).doesNotContain("value=\"unarchive\"");
        assertThat(step("unarchive", organiser)).hasStatus(403);
        assertThat(status()).isEqualTo("ARCHIVED");

        assertThat(pageOf(administrator)).contains("value=\"unarchive\"", "撤销归档后培训班回到“已结业”状态");
        assertThat(step("unarchive", administrator)).hasStatusOk();
        assertThat(status()).isEqualTo("COMPLETED");
    }

    @Test
    void aDraftIsNotReportedAndTheRefusalNamesItsStatus() throws Exception {
        long draft = idOf(post("/api/v1/courses", """
                {"titleZh": "尚未发布的培训班 %s", "organiserUnitId": %d, "startsOn": "2030-01-01",
                 "endsOn": "2030-01-01", "capacity": 10, "requiredHours": 3, "category": "THEORY"}
                """.formatted(fixture.prefix, fixture.unit)));
        MvcTestResult refused = mvc.get()
                .uri("/news/desk/from-course/" + draft)
                .with(as(editor()))
                .exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("培训班当前状态为“草稿”，不能生成新闻稿");
    }

    /** The button of the archive step, found by the step its form sends. */
    private static Element archiveButton(String page) {
        Element button =
                Jsoup.parse(page).selectFirst("form:has(input[name=action][value=archive]) button[type=submit]");
        assertThat(button).as("the archive step is offered").isNotNull();
        return button;
    }

    private static CurrentUser editor() {
        return TestPrincipal.user(Set.of(Role.NEWS_EDITOR), null, null);
    }

    /** What the course page says under its venue. */
    private static String venueOf(String page) {
        return Jsoup.parse(page).select("dt:containsOwn(主要培训地点) + dd").first().text();
    }

    private String pageOf(CurrentUser user) throws Exception {
        return mvc.get()
                .uri("/courses/" + courseId)
                .with(as(user))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcTestResult step(String step, CurrentUser user) {
        return mvc.post()
                .uri("/api/v1/courses/" + courseId + "/" + step)
                .with(as(user))
                .exchange();
    }

    private String status() {
        return jdbc.sql("select status from course where id = ?")
                .param(courseId)
                .query(String.class)
                .single();
    }

    private MvcTestResult post(String uri, String json) {
        return ApiCalls.postJson(mvc, uri, json, organiser);
    }
}
