package org.cadretraining.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Each role's home page on two real courses: every panel's number is the number of rows of the list it links to,
 * read for the same person from that list's own page.
 */
@AccountWebTest
class HomePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    Lecturers lecturers;

    @Autowired
    CreditLedger ledger;

    @Autowired
    Clock clock;

    HomeWorld world;

    @BeforeEach
    void twoRealCourses() {
        world = new HomeWorld(directory, jdbc, enrolment, lecturers, ledger, clock);
    }

    @Test
    void theOrganiserSeesTodaysLectureWithItsCheckInsAndTheNominationsItsEnrolmentPageLists() {
        CurrentUser organiser = TestPrincipal.organiser();
        Panel today = panel(organiser, "ORGANISER", "today");
        PanelRow lecture =
                rowLinking(today, "/attendance/courses/" + world.branchCourse + "/items/" + world.pengRongLecture);
        assertThat(lecture.detailArgs()).containsSubsequence(2L, 3L);
        assertThat(today.count()).isEqualTo(today.rows().size());

        Panel waiting = panel(organiser, "ORGANISER", "waiting");
        PanelRow nominations = rowLinking(waiting, "/courses/" + world.plenumCourse + "/enrolment");
        long listed = ((List<?>) model(organiser, "/courses/" + world.plenumCourse + "/enrolment")
                        .get("enrolments"))
                .stream()
                        .filter(e -> "NOMINATED".equals(String.valueOf(property(e, "status"))))
                        .count();
        assertThat(nominations.detailArgs()).containsExactly(listed);
        assertThat(listed).isEqualTo(3);
        assertThat(waiting.count())
                .isEqualTo(waiting.rows().stream()
                        .mapToLong(r -> ((Number) r.detailArgs().getLast()).longValue())
                        .sum());
    }

    @Test
    void theOrganiserIsWarnedOfALectureWithoutASpeaker() {
        Panel alerts = panel(TestPrincipal.organiser(), "ORGANISER", "alerts");
        PanelRow course = rowLinking(alerts, "/courses/" + world.branchCourse);
        assertThat(course.detailKey()).isEqualTo("report.alert.items");
        assertThat(course.detailArgs()).containsExactly(1L, 2L);
    }

    @Test
    void theOrganiserIsWarnedOfEachCourseWhoseFirstDayHasComeAndThatIsNotStartedAsTheCourseListHasThem() {
        LocalDate today = world.today;
        long firstDayToday = world.course("井冈山革命传统教育专题培训班", today, today.plusDays(4), "NOMINATIONS_CLOSED");
        long firstDayPassed = world.course("红色教育专题培训班", today.minusDays(2), today.plusDays(2), "NOMINATIONS_OPEN");
        long firstDayTomorrow = world.course("下周培训班", today.plusDays(1), today.plusDays(3), "NOMINATIONS_CLOSED");
        long draft = world.course("草稿培训班", today, today.plusDays(1), "DRAFT");
        CurrentUser organiser = TestPrincipal.organiser();

        List<String> alerted = panel(organiser, "ORGANISER", "alerts").rows().stream()
                .filter(r -> r.detailKey().equals("report.alert.notStarted"))
                .map(PanelRow::link)
                .toList();
        assertThat(alerted)
                .contains("/courses/" + firstDayToday, "/courses/" + firstDayPassed)
                .doesNotContain("/courses/" + firstDayTomorrow, "/courses/" + draft, "/courses/" + world.branchCourse);
        PageOf<?> listed =
                (PageOf<?>) model(organiser, "/courses?late=true&size=200").get("result");
        assertThat(listed.total()).isEqualTo(alerted.size());
        assertThat(listed.items().stream().map(row -> "/courses/" + property(row, "id")))
                .containsExactlyInAnyOrderElementsOf(alerted);
    }

    @Test
    void theComplianceCountOfEachHomeIsTheComplianceListsTotalForTheSamePerson() {
        CurrentUser organiser = TestPrincipal.organiser();
        assertThat(panel(organiser, "ORGANISER", "rates").count()).isEqualTo(complianceTotal(organiser));
        Panel subtree = panel(world.liaison, "UNIT_LIAISON", "subtree");
        assertThat(subtree.count()).isEqualTo(complianceTotal(world.liaison)).isEqualTo(5);
        // the university's own cadre counts under the university, each school's under the school
        assertThat(subtree.rows())
                .extracting(r -> r.label().zh())
                .containsExactly("周口师范学院" + world.prefix, "计算机科学与技术学院" + world.prefix, "数学与统计学院" + world.prefix);
        assertThat(subtree.rows()).extracting(r -> r.detailArgs().get(1)).containsExactly(1L, 1L, 3L);
        assertThat(subtree.chart().categories()).noneMatch(name -> name.contains("其他院校"));
    }

    @Test
    void aLiaisonSeesTheirOwnUnitsQuotaAsTheirNominationsPageCountsItAndNeverAnotherUnits() {
        Panel mine = panel(world.liaison, "UNIT_LIAISON", "nominations");
        PanelRow plenum = rowLinking(mine, "/courses/" + world.plenumCourse + "/nominations");
        Object quota = model(world.liaison, "/courses/" + world.plenumCourse + "/nominations")
                .get("quota");
        assertThat(plenum.detailArgs().subList(0, 2))
                .containsExactly(
                        ((Number) property(quota, "used")).longValue(),
                        ((Number) property(quota, "places")).longValue());
        assertThat(plenum.detailArgs().subList(0, 2)).containsExactly(1L, 5L);

        Panel theirs = panel(world.otherLiaison, "UNIT_LIAISON", "nominations");
        assertThat(rowLinking(theirs, "/courses/" + world.plenumCourse + "/nominations")
                        .detailArgs()
                        .subList(0, 2))
                .containsExactly(2L, 9L);
        String page = body(world.liaison, Locale.SIMPLIFIED_CHINESE);
        assertThat(page).doesNotContain("其他院校" + world.prefix).contains("已报 1/5 个名额");
    }

    @Test
    void aCadreSeesTheirCoursesAsTheirCourseListHasThemAndHoursAgainstEachRequirement() {
        Panel courses = panel(world.trainee, "CADRE", "courses");
        assertThat(courses.count())
                .isEqualTo(((List<?>) model(world.trainee, "/my/courses").get("courses")).size())
                .isEqualTo(1);
        // the place's state in the words of the course list it links to (my-courses.html: enrolment.status.*)
        assertThat(courses.rows().getFirst().detailArgs().getLast())
                .isInstanceOfSatisfying(
                        org.springframework.context.MessageSourceResolvable.class,
                        status -> assertThat(status.getCodes()).containsExactly("enrolment.status.APPROVED"));
        Panel hours = panel(world.trainee, "CADRE", "hours");
        assertThat(hours.rows()).hasSize(2);
        assertThat(hours.rows().getFirst().detailArgs().subList(1, 3)).containsExactly("30.00", "90.00");
        assertThat(hours.rows().getFirst().percent()).isEqualTo(33);
        Panel next = panel(world.trainee, "CADRE", "next");
        assertThat(next.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.label().zh()).startsWith("国家级样板党支部的创建与建设"));
        assertThat(sections(world.trainee)).extracting(HomePanels.Section::role).containsExactly("CADRE");
    }

    @Test
    void aCadreIsAskedForTheOpenEvaluationUntilTheyHaveAnsweredIt() {
        jdbc.sql("""
                        insert into course_questionnaire (course_id, template_id, opens_at, closes_at, updated_at, updated_by)
                        select ?, id, ?, ?, now(), 'test' from evaluation_template where is_default
                        """)
                .params(
                        world.branchCourse,
                        java.sql.Timestamp.from(clock.instant().minusSeconds(3600)),
                        java.sql.Timestamp.from(clock.instant().plusSeconds(3 * 86400)))
                .update();
        PanelRow evaluation = rowLinking(
                panel(world.trainee, "CADRE", "handIn"), "/courses/" + world.branchCourse + "/evaluation/answer");
        assertThat(evaluation.detailKey()).isEqualTo("report.handIn.evaluation");

        jdbc.sql("insert into evaluation_answered (course_id, cadre_ids) values (?, array[?]::bigint[])")
                .params(world.branchCourse, world.liFang)
                .update();
        assertThat(panel(world.trainee, "CADRE", "handIn").rows())
                .noneMatch(r -> r.link().endsWith("/courses/" + world.branchCourse + "/evaluation/answer"));
    }

    @Test
    void aLecturerSeesTheirItemsTheMaterialsToUploadAndTheirOwnSectionAsACadre() {
        List<HomePanels.Section> sections = sections(world.lecturer);
        assertThat(sections).extracting(HomePanels.Section::role).containsExactly("LECTURER", "CADRE");
        Panel items = panel(world.lecturer, "LECTURER", "lecturerItems");
        assertThat(items.rows())
                .extracting(r -> r.label().zh())
                .singleElement()
                .asString()
                .startsWith("国家级样板党支部的创建与建设");
        assertThat(panel(world.lecturer, "LECTURER", "materials").count()).isEqualTo(1);
        assertThat(panel(world.lecturer, "LECTURER", "scores").link())
                .isEqualTo("/lecturers/" + world.pengRongLecturer + "/scores");
    }

    @Test
    void theHomeIsShownInChineseAndEnglishAndRefusedToNobody() {
        assertThat(body(TestPrincipal.organiser(), Locale.SIMPLIFIED_CHINESE)).contains("今日日程", "已签到 2/3 人");
        assertThat(body(TestPrincipal.organiser(), Locale.ENGLISH)).contains("Today", "2 of 3 checked in");
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection();
    }

    private long complianceTotal(CurrentUser user) {
        return ((PageOf<?>) model(user, "/credit/compliance").get("result")).total();
    }

    @SuppressWarnings("unchecked")
    private List<HomePanels.Section> sections(CurrentUser user) {
        return (List<HomePanels.Section>) model(user, "/").get("sections");
    }

    private Panel panel(CurrentUser user, String role, String id) {
        return sections(user).stream()
                .filter(s -> s.role().equals(role))
                .flatMap(s -> s.panels().stream())
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no panel " + role + "/" + id));
    }

    private static PanelRow rowLinking(Panel panel, String link) {
        return panel.rows().stream()
                .filter(r -> link.equals(r.link()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row linking to " + link + " in " + panel.id()));
    }

    private Map<String, Object> model(CurrentUser user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return result.getMvcResult().getModelAndView().getModel();
    }

    private String body(CurrentUser user, Locale locale) {
        MvcTestResult result = mvc.get()
                .uri("/")
                .param("lang", locale.getLanguage())
                .with(as(user))
                .exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** A record component of another module's package-private view, read as the page reads it. */
    private static Object property(Object record, String name) {
        try {
            Method accessor = record.getClass().getDeclaredMethod(name);
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
