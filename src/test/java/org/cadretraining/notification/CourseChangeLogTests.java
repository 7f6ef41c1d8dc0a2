package org.cadretraining.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A course's change log (the course page's More menu) says who recorded it afterwards, who archived it and who took
 * it out of the archive, and when, in the institution's time: the steps are taken at 23:14 UTC on 5 December, which
 * is 07:14 on 6 December in Beijing.
 */
@AccountWebTest
class CourseChangeLogTests {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-05T23:14:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    AdjustableClock clock;

    ScheduleFixture seed;
    Instant before;
    final CurrentUser administrator = TestPrincipal.administrator();

    @BeforeEach
    void world() {
        before = clock.instant();
        seed = new ScheduleFixture(mvc, directory, jdbc, enrolments);
    }

    /** The clock is shared by every test of the context. */
    @AfterEach
    void putTheClockBack() {
        clock.setTo(before);
    }

    @Test
    void recordingAfterwardsArchivingAndUndoingItAreLoggedWithWhoAndWhenInInstitutionTime() throws Exception {
        seed.planWithOneItem();
        clock.setTo(LATE_EVENING_UTC);
        seed.post("/api/v1/courses/" + seed.course + "/record-as-held", "");
        seed.post("/api/v1/courses/" + seed.course + "/complete?confirm=true", "");
        seed.post("/api/v1/courses/" + seed.course + "/archive", "");
        clock.advance(Duration.ofMinutes(5));
        assertThat(mvc.post().uri("/api/v1/courses/{id}/unarchive", seed.course).with(as(administrator)))
                .hasStatusOk();
        awaitSteps(3);

        String page = page("zh-CN");
        assertThat(page)
                .contains("培训班记录")
                .contains("补录为已举办（事后录入）")
                .contains("撤销归档")
                .contains("2026-12-06 07:14")
                .contains("2026-12-06 07:19")
                .contains(seed.organiser.username())
                .contains(administrator.username())
                .doesNotContain("2026-12-05 23:14");
        assertThat(page.indexOf("补录为已举办")).isLessThan(page.indexOf("撤销归档"));
        assertThat(page("en")).contains("Recorded as held (entered afterwards)").contains("Archive undone");

        MvcTestResult api = mvc.get()
                .uri("/api/v1/courses/{id}/changes", seed.course)
                .with(as(seed.organiser))
                .exchange();
        assertThat(api).hasStatusOk();
        assertThat(api)
                .bodyJson()
                .extractingPath("$.steps[*].step")
                .asArray()
                .containsExactly("RECORDED_AS_HELD", "ARCHIVED", "UNARCHIVED");
        assertThat(api).bodyJson().extractingPath("$.steps[0].by").isEqualTo(seed.organiser.username());
        assertThat(api).bodyJson().extractingPath("$.steps[2].by").isEqualTo(administrator.username());
        assertThat(api).bodyJson().extractingPath("$.steps[0].at").isEqualTo("2026-12-06T07:14:00+08:00");
        assertThat(api).bodyJson().extractingPath("$.steps[2].at").isEqualTo("2026-12-06T07:19:00+08:00");
    }

    @Test
    void someoneOutsideTheCourseMayNotReadItsChangeLog() {
        seed.planWithOneItem();
        CurrentUser outsider = TestPrincipal.cadre(seed.bystander);

        assertThat(mvc.get().uri("/api/v1/courses/{id}/changes", seed.course).with(as(outsider)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/courses/{id}/changes", seed.course).with(as(outsider)))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/courses/{id}/changes", seed.course)
                        .with(as(TestPrincipal.liaison(seed.committee))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/courses/{id}/changes", Long.MAX_VALUE).with(as(seed.organiser)))
                .hasStatus(404);
    }

    private String page(String language) {
        MvcTestResult page = mvc.get()
                .uri("/courses/{id}/changes", seed.course)
                .header("Accept-Language", language)
                .param("lang", language.substring(0, 2))
                .with(as(seed.organiser))
                .exchange();
        assertThat(page).hasStatusOk();
        return ApiCalls.body(page);
    }

    private void awaitSteps(int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from course_step_log where course_id = ?")
                                .param(seed.course)
                                .query(Integer.class)
                                .single()
                        == count);
    }
}
