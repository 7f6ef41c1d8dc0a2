package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;

import java.nio.charset.StandardCharsets;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A course entered after it took place, in one flow: the 2014 opening morning of DUT's 38th Xinjiang class (one
 * ceremony, three trainees here), its participants, recorded as held, its attendance with one absence, then completion,
 * credit hours and certificates as for any course, and the course says who recorded it afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AfterTheFactTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    final CurrentUser organiser = TestPrincipal.organiser();
    AttendanceFixture fixture;
    long courseId;
    long chenBin;
    long absent;

    @BeforeEach
    void pastCourse() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = idOf(post("/api/v1/courses", """
                {"titleZh": "第38期新疆公共管理干部培训班开班典礼 %s", "organiserUnitId": %d,
                 "startsOn": "2014-10-21", "endsOn": "2014-10-21", "capacity": 40, "requiredHours": 3,
                 "category": "THEORY"}
                """.formatted(fixture.prefix, fixture.unit)));
        idOf(post("/api/v1/courses/" + courseId + "/agenda", """
                {"type": "OPENING_CEREMONY", "day": "2014-10-21", "startsAt": "08:30", "endsAt": "11:30",
                 "titleZh": "开班典礼", "mandatory": true}
                """));
        chenBin = fixture.trainee(courseId, "陈斌");
        fixture.trainee(courseId, "李明");
        absent = fixture.trainee(courseId, "王刚");
    }

    @Test
    void aPastCourseIsRecordedHeldItsAttendanceEnteredAndItCompletesWithCreditAndCertificates() throws Exception {
        assertThat(status()).isEqualTo("DRAFT");
        String steps = page("/courses/" + courseId + "/afterwards");
        assertThat(steps).contains("共 1 项日程", "共 3 名学员", "value=\"record-as-held\"");

        assertThat(post("/api/v1/courses/" + courseId + "/record-as-held", "")).hasStatusOk();
        assertThat(status()).isEqualTo("IN_PROGRESS");
        assertThat(page("/courses/" + courseId)).contains("培训班举办后由 " + organiser.username() + " 于");

        assertThat(post("/api/v1/courses/" + courseId + "/attendance/afterwards", """
                {"note": "根据开班典礼签到表补录", "lines": [{"cadreId": %d, "status": "ABSENT"}]}
                """.formatted(absent)))
                .hasStatus(201);
        assertThat(page("/courses/" + courseId + "/afterwards")).contains("补录：出勤 2 项次，例外 1 项次");

        assertThat(post("/api/v1/courses/" + courseId + "/complete", "")).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from course_completion where course_id = ? and completed")
                        .param(courseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from certificate where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select sum(hours) from credit_entry where cadre_id = ? and course_id = ?")
                        .params(chenBin, courseId)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("3");
        assertThat(page("/courses/" + courseId + "/afterwards")).contains("查看结业结果");
    }

    @Test
    void aCourseWhoseLastDayHasNotPassedIsNotRecordedAsHeld() throws Exception {
        long future = idOf(post("/api/v1/courses", """
                {"titleZh": "未来的培训班 %s", "organiserUnitId": %d, "startsOn": "2099-05-01", "endsOn": "2099-05-01",
                 "capacity": 10, "requiredHours": 3, "category": "THEORY"}
                """.formatted(fixture.prefix, fixture.unit)));
        MvcTestResult refused = post("/api/v1/courses/" + future + "/record-as-held", "");
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("培训班的最后一天（2099-05-01）还没有过去");
        assertThat(page("/courses/" + future)).doesNotContain("value=\"record-as-held\"");
        assertThat(mvc.get().uri("/api/v1/courses/" + future).with(as(organiser)))
                .bodyJson()
                .extractingPath("$.transitions")
                .asArray()
                .containsExactly("open-nominations", "cancel");
    }

    @Test
    void onlyOrganisersFollowTheFlow() {
        assertThat(mvc.get().uri("/courses/" + courseId + "/afterwards").with(as(TestPrincipal.cadre(chenBin))))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/record-as-held")
                        .with(as(TestPrincipal.cadre(chenBin))))
                .hasStatus(403);
        assertThat(status()).isEqualTo("DRAFT");
    }

    private String page(String uri) throws Exception {
        MvcTestResult page = mvc.get().uri(uri).with(as(organiser)).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
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
