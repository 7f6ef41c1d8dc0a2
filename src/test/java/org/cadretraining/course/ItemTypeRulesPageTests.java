package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
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

/** The rules page sets how each kind of item earns 学时; wrong figures are named in a sentence and nothing is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class ItemTypeRulesPageTests {

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

    @AfterEach
    void restoreRules() {
        if (!store.current().equals(before)) {
            store.save(before, "test");
            agendaPlanner.recreditCoursesBeforeCompletion();
        }
    }

    @Test
    void theOrganiserCountsExamsByLengthAndAPlannedExamIsCreditedAnew() {
        Course course = seed.course("结业考试");
        AgendaItem exam = seed.item(course, AgendaItemType.EXAM, 0, "08:30", "10:30", null, null, "结业考试");
        assertThat(hoursOf(exam.id())).isEqualTo(CreditHours.of("2"));
        assertThat(mvc.get().uri("/admin/training-rules").with(as(TestPrincipal.organiser())))
                .bodyText()
                .contains("各类议程的学时")
                .contains("name=\"itemTypes[7].count\"")
                .contains("按时长");

        MvcTestResult saved = save("BY_LENGTH", "45", "0");

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(store.current().itemType(AgendaItemType.EXAM))
                .isEqualTo(new ItemTypeRule(ItemTypeCount.BY_LENGTH, 45, CreditHours.ZERO));
        assertThat(hoursOf(exam.id())).isEqualTo(CreditHours.of("2.75"));
        // a rules save through the API that leaves the kinds out keeps them as they are
        assertThat(store.current().itemType(AgendaItemType.LECTURE).byDayRule()).isTrue();
    }

    @Test
    void wrongFiguresAreNamedNextToTheirFieldKeptAsTypedAndNothingIsSaved() throws Exception {
        int versions = versions();

        MvcTestResult refused = save("FIXED", "0", "1.3");

        assertThat(refused).hasStatus(200);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("每学时分钟数不能小于 1。").contains("学时须以 0.25 为单位。").contains("value=\"1.3\"");
        assertThat(versions()).isEqualTo(versions);
        String english = mvc.post()
                .uri("/admin/training-rules")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .cookie(new Cookie("lang", "en"))
                .params(form("FIXED", "0", "1"))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Minutes a credit hour");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aCadreMayNotChangeTheRules() {
        assertThat(mvc.post()
                        .uri("/admin/training-rules")
                        .with(as(TestPrincipal.cadre(1)))
                        .with(csrf())
                        .params(form("NONE", "45", "0")))
                .hasStatus(403);
    }

    private MvcTestResult save(String examCount, String minutes, String fixed) {
        return mvc.post()
                .uri("/admin/training-rules")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .params(form(examCount, minutes, fixed))
                .exchange();
    }

    /** The rules in force, with the exam's rule as given and every other kind by the half-day rule. */
    private org.springframework.util.MultiValueMap<String, String> form(
            String examCount, String minutes, String fixed) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("hoursPerHalfDay", before.hoursPerHalfDay().value().toPlainString());
        form.add("hoursPerDay", before.hoursPerDay().value().toPlainString());
        form.add("minutesPerHalfDay", String.valueOf(before.minutesPerHalfDay()));
        form.add("afternoonStarts", before.afternoonStarts().toString());
        form.add("eveningStarts", before.eveningStarts().toString());
        form.add("minimumAttendedPercent", String.valueOf(before.minimumAttendedPercent()));
        form.add("leaveCapNumerator", String.valueOf(before.leaveCapNumerator()));
        form.add("leaveCapDenominator", String.valueOf(before.leaveCapDenominator()));
        form.add("lateAfterMinutes", String.valueOf(before.lateAfterMinutes()));
        form.add("earlyLeaveMinutes", String.valueOf(before.earlyLeaveMinutes()));
        form.add("eveningCredit", before.eveningCredit().name());
        form.add("checkInOpensMinutesBefore", String.valueOf(before.checkInOpensMinutesBefore()));
        AgendaItemType[] types = AgendaItemType.values();
        for (int i = 0; i < types.length; i++) {
            boolean exam = types[i] == AgendaItemType.EXAM;
            form.add("itemTypes[" + i + "].type", types[i].name());
            form.add("itemTypes[" + i + "].count", exam ? examCount : "DAY_RULE");
            form.add("itemTypes[" + i + "].minutesPerHour", exam ? minutes : "45");
            form.add("itemTypes[" + i + "].fixedHours", exam ? fixed : "2");
        }
        return form;
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
