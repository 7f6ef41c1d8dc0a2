package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The training rules through {@code /api/v1/training-rules}: the same rights and the same sentences as the page. */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingRulesApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CoursePlanner planner;

    @Autowired
    AgendaPlanner agendaPlanner;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    TrainingRulesStore store;

    @Autowired
    JdbcClient jdbc;

    CourseFixture seed;
    TrainingRules before;

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        before = store.current();
    }

    /** Other tests share the database: the rules in force before this test are in force after it. */
    @AfterEach
    void restoreRules() {
        if (!store.current().equals(before)) {
            store.save(before, "test");
            agendaPlanner.recreditCoursesBeforeCompletion();
        }
    }

    @Test
    void theRulesInForceAreReadWithTheEveningSetting() {
        MvcTestResult read = get(TestPrincipal.organiser());

        assertThat(read).hasStatusOk();
        assertThat(read)
                .bodyJson()
                .extractingPath("$.rules.eveningCredit")
                .isEqualTo(before.eveningCredit().name());
        assertThat(read)
                .bodyJson()
                .extractingPath("$.rules.afternoonStarts")
                .asString()
                .satisfies(time -> assertThat(java.time.LocalTime.parse(time)).isEqualTo(before.afternoonStarts()));
        assertThat(ApiCalls.body(read)).doesNotContain("InQuarters").doesNotContain("AtLeastHalfDay");
    }

    @Test
    void anEveningSettingPutThroughTheApiRecreditsEveningItemsAndIsKeptWithWhoSavedIt() {
        Course course = seed.course("接口晚间研讨");
        AgendaItem evening =
                seed.item(course, AgendaItemType.GROUP_DISCUSSION, 0, "19:00", "21:00", null, null, "分组讨论");
        assertThat(hoursOf(evening.id())).isEqualTo(CreditHours.of("2"));

        CurrentUser administrator = TestPrincipal.administrator();
        MvcTestResult saved = put(administrator, rules("3", "6", "NONE"));

        assertThat(saved).hasStatusOk();
        assertThat(saved).bodyJson().extractingPath("$.rules.eveningCredit").isEqualTo("NONE");
        assertThat(saved)
                .bodyJson()
                .extractingPath("$.recreditedCourses")
                .asNumber()
                .isNotEqualTo(0);
        assertThat(store.current().eveningCredit()).isEqualTo(EveningCredit.NONE);
        assertThat(hoursOf(evening.id())).isEqualTo(CreditHours.ZERO);
        assertThat(jdbc.sql("select saved_by from training_rules_version order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo(administrator.username());
    }

    @Test
    void onlyTheAdministratorAndTheOrganiserMayReadOrReplaceTheRules() {
        int versions = versions();
        CurrentUser[] refused = {
            TestPrincipal.cadre(),
            TestPrincipal.liaison(seed.committee),
            TestPrincipal.user(java.util.Set.of(), null, null)
        };
        for (CurrentUser user : refused) {
            assertThat(get(user)).as(user.username()).hasStatus(403);
            MvcTestResult put = put(user, rules("4", "8", "BY_MINUTES"));
            assertThat(put).as(user.username()).hasStatus(403);
            assertThat(put.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        assertThat(mvc.get().uri("/api/v1/training-rules")).hasStatus(401);
        assertThat(versions()).isEqualTo(versions);
        assertThat(get(TestPrincipal.administrator())).hasStatusOk();
    }

    @Test
    void badRulesAreRefusedFieldByFieldInSentencesAndNothingIsSaved() {
        int versions = versions();
        String missingEvening =
                rules("2.3", "2", "HALF_DAY_BLOCK").replace("\"eveningCredit\":\"HALF_DAY_BLOCK\",", "");

        MvcTestResult refused = mvc.put()
                .uri("/api/v1/training-rules")
                .with(as(TestPrincipal.organiser()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(missingEvening)
                .exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(ApiCalls.body(refused))
                .contains("学时须以 0.25 为单位。")
                .contains("每天学时上限不能少于半天学时。")
                .contains("\"field\":\"eveningCredit\"")
                .contains("晚间学时规则")
                .doesNotContain("null")
                .doesNotContain("must not");
        assertThat(versions()).isEqualTo(versions);

        MvcTestResult english = mvc.put()
                .uri("/api/v1/training-rules")
                .with(as(TestPrincipal.organiser()))
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(rules("3", "6", "HALF_DAY_BLOCK").replace("\"18:00\"", "\"25:00\""))
                .exchange();
        assertThat(english).hasStatus(400);
        assertThat(english).bodyJson().extractingPath("$.errors[0].field").isEqualTo("eveningStarts");
        assertThat(english)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Evening starts: this value is not recognised (wrong kind, or not one of the choices).");
        assertThat(versions()).isEqualTo(versions);
    }

    private MvcTestResult get(CurrentUser user) {
        return mvc.get().uri("/api/v1/training-rules").with(as(user)).exchange();
    }

    private MvcTestResult put(CurrentUser user, String json) {
        return mvc.put()
                .uri("/api/v1/training-rules")
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static String rules(String halfDay, String day, String evening) {
        return """
                {"hoursPerHalfDay":%s,"hoursPerDay":%s,"minutesPerHalfDay":180,"afternoonStarts":"12:00",\
                "eveningStarts":"18:00","minimumAttendedPercent":75,"leaveCapNumerator":1,\
                "leaveCapDenominator":7,"lateAfterMinutes":10,"earlyLeaveMinutes":10,\
                "eveningCredit":"%s","checkInOpensMinutesBefore":30}""".formatted(halfDay, day, evening);
    }

    private CreditHours hoursOf(long itemId) {
        return CreditHours.of(
                jdbc.sql("select coalesce(credit_hours_override, credit_hours) from agenda_item where id = ?")
                        .param(itemId)
                        .query(java.math.BigDecimal.class)
                        .single());
    }

    private int versions() {
        return jdbc.sql("select count(*) from training_rules_version")
                .query(Integer.class)
                .single();
    }
}
