package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class TrainingRulesPageTests {

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
    void newRulesRecreditCoursesNotYetCompletedAndLeaveCompletedOnesAlone() {
        Course planned = seed.course("按新规则");
        AgendaItem morning = seed.item(planned, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "专题讲座");
        Course completed = seed.course("已结业");
        AgendaItem done = seed.item(completed, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "专题讲座");
        jdbc.sql("update course set status = 'COMPLETED' where id = ?")
                .param(completed.id())
                .update();
        assertThat(hoursOf(morning.id())).isEqualTo(CreditHours.of("3"));

        MvcTestResult saved = save("4", "8", "10");

        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/admin/training-rules");
        assertThat(store.current().hoursPerHalfDay()).isEqualTo(CreditHours.of("4"));
        assertThat(store.current().lateAfterMinutes()).isEqualTo(10);
        assertThat(hoursOf(morning.id())).isEqualTo(CreditHours.of("4"));
        assertThat(hoursOf(done.id())).isEqualTo(CreditHours.of("3"));
    }

    @Test
    void theEveningRuleIsASettingWhoseDefaultKeepsTodaysHoursAndWhichRecreditsEveningItems() throws Exception {
        Course course = seed.course("晚间研讨");
        AgendaItem morning = seed.item(course, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "专题讲座");
        AgendaItem afternoon = seed.item(course, AgendaItemType.LECTURE, 0, "14:00", "16:00", null, null, "专题讲座");
        AgendaItem evening =
                seed.item(course, AgendaItemType.GROUP_DISCUSSION, 0, "19:00", "21:00", null, null, "分组讨论");
        // the default: the evening takes what the 6-hour day has left after 3 + 2
        assertThat(hoursOf(evening.id())).isEqualTo(CreditHours.of("1"));
        assertThat(mvc.get().uri("/admin/training-rules").with(as(TestPrincipal.organiser())))
                .bodyText()
                .contains("name=\"eveningCredit\"")
                .contains("按实际分钟数折算");

        assertThat(save("3", "6", "10", "BY_MINUTES")).hasStatus3xxRedirection();
        assertThat(store.current().eveningCredit()).isEqualTo(EveningCredit.BY_MINUTES);
        assertThat(hoursOf(evening.id())).isEqualTo(CreditHours.of("2"));
        assertThat(hoursOf(afternoon.id())).isEqualTo(CreditHours.of("2"));

        assertThat(save("3", "6", "10", "NONE")).hasStatus3xxRedirection();
        assertThat(hoursOf(evening.id())).isEqualTo(CreditHours.ZERO);
        assertThat(hoursOf(morning.id())).isEqualTo(CreditHours.of("3"));
        // the mandatory evening item earning nothing says so, with the reason, where it is planned
        assertThat(mvc.get().uri("/courses/{id}", course.id()).with(as(TestPrincipal.organiser())))
                .bodyText()
                .contains("18:00 以后的晚间日程不计学时");
    }

    @Test
    void rulesWithErrorsAreExplainedNextToTheFieldKeptAsTypedAndNotSaved() throws Exception {
        int versions = versions();

        MvcTestResult refused = save("2.3", "8", "-5");

        assertThat(refused).hasStatusOk();
        String html = refused.getResponse().getContentAsString();
        assertThat(html).contains("学时须以 0.25 为单位").contains("value=\"2.3\"").contains("is-invalid");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void onlyTheAdministratorAndTheOrganiserMayChangeTheRules() {
        assertThat(mvc.get().uri("/admin/training-rules").with(as(TestPrincipal.cadre())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/training-rules")
                        .with(as(TestPrincipal.liaison(seed.committee)))
                        .with(csrf())
                        .param("hoursPerHalfDay", "4"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/training-rules").with(as(TestPrincipal.administrator())))
                .hasStatusOk();
    }

    private MvcTestResult save(String halfDay, String day, String late) {
        return save(halfDay, day, late, "HALF_DAY_BLOCK");
    }

    private MvcTestResult save(String halfDay, String day, String late, String evening) {
        return mvc.post()
                .uri("/admin/training-rules")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("hoursPerHalfDay", halfDay)
                .param("hoursPerDay", day)
                .param("minutesPerHalfDay", "180")
                .param("afternoonStarts", "12:00")
                .param("eveningStarts", "18:00")
                .param("minimumAttendedPercent", "75")
                .param("leaveCapNumerator", "1")
                .param("leaveCapDenominator", "7")
                .param("lateAfterMinutes", late)
                .param("earlyLeaveMinutes", "10")
                .param("eveningCredit", evening)
                .param("checkInOpensMinutesBefore", "30")
                .exchange();
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
