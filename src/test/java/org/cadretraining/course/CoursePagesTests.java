package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
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
class CoursePagesTests {

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
    JdbcClient jdbc;

    CourseFixture seed;
    CurrentUser organiser = TestPrincipal.organiser();

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
    }

    @Test
    void anOrganiserPlansACourseThroughTheForm() {
        MvcTestResult saved = mvc.post()
                .uri("/courses")
                .with(as(organiser))
                .with(csrf())
                .param("titleZh", seed.prefix + "领导干部政治能力提升培训班")
                .param("titleEn", seed.prefix + "Training course for improving political ability of leading cadres")
                .param("organiserUnitId", String.valueOf(seed.committee))
                .param("hostUnitId", String.valueOf(seed.partySchool))
                .param("venueSiteId", String.valueOf(seed.school))
                .param("startsOn", "2023-03-17")
                .param("endsOn", "2023-03-19")
                .param("capacity", "20")
                .param("requiredHours", "18")
                .param("category", "PARTY_SPIRIT")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        Long id = jdbc.sql("select id from course where title_en like ?")
                .param(seed.prefix + "%")
                .query(Long.class)
                .single();
        assertThat(saved).hasRedirectedUrl("/courses/" + id);
        assertThat(planner.get(id, organiser).status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void aCourseFormWithErrorsExplainsThemNextToTheFieldsAndKeepsTheInput() throws Exception {
        String html = postCourse("2023-03-19", "2023-03-17", "18");
        assertThat(html).contains("is-invalid").contains("结业日期不能早于开班日期").contains("value=\"保留的班名\"");
        assertThat(postCourse("2023-03-17", "2023-03-19", "1.1")).contains("学时须为 0.25 的整数倍");
        assertThat(postCourse("", "2023-03-19", "18")).contains("is-invalid").contains("value=\"保留的班名\"");
    }

    @Test
    void onlyOrganisersPlanCourses() {
        Course course = seed.course("只读的培训班");
        CurrentUser cadre = TestPrincipal.cadre(seed.huXiaomei);
        assertThat(mvc.get().uri("/courses/new").with(as(cadre))).hasStatus(403);
        assertThat(mvc.post().uri("/courses").with(as(cadre)).with(csrf()).param("titleZh", "x"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/courses/{id}/agenda/new", course.id()).with(as(cadre)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/courses/{id}/status", course.id())
                        .with(as(cadre))
                        .with(csrf())
                        .param("action", "open-nominations"))
                .hasStatus(403);
    }

    @Test
    void aDraftIsSeenOnlyByThoseWhoPlanCourses() throws Exception {
        Course course = seed.course(seed.prefix + "草稿中的培训班");
        CurrentUser cadre = TestPrincipal.cadre(seed.huXiaomei);
        assertThat(mvc.get().uri("/courses/{id}", course.id()).with(as(cadre))).hasStatus(403);
        assertThat(page("/courses?q=" + seed.prefix, cadre)).doesNotContain("草稿中的培训班");
        planner.take(course.id(), CourseTransition.OPEN_NOMINATIONS, null, organiser);
        assertThat(page("/courses?q=" + seed.prefix, cadre)).contains("草稿中的培训班");
    }

    @Test
    void theCoursePageReadsLikeAPrintedProgramme() throws Exception {
        Course course = seed.course("领导干部政治能力提升培训班");
        seed.item(course, AgendaItemType.FIELD_STUDY, 0, "14:00", "17:00", seed.memorialHall, Speaker.NONE, "");
        seed.item(
                course,
                AgendaItemType.OPENING_CEREMONY,
                0,
                "08:30",
                "09:00",
                null,
                Speaker.cadre(seed.huXiaomei),
                "开班式");
        seed.item(
                course,
                AgendaItemType.MICRO_COURSE,
                1,
                "08:30",
                "10:00",
                null,
                Speaker.lecturer(seed.lecturer),
                "炮兵之父朱瑞将军的故事");

        String html = page("/courses/" + course.id(), organiser);
        assertThat(html)
                .contains("第1天", "3月17日 星期五", "第2天", "第3天", "当天尚无日程")
                .contains("开班式", "胡晓梅", "党委书记", "中共锦州市委党校")
                .contains("现场教学", "辽沈战役纪念馆")
                .contains("微党课", "炮兵之父朱瑞将军的故事", "王教授", "1.50 学时")
                .contains("0.50 学时", "3.00 学时");
        assertThat(html.indexOf("开班式</span>")).isLessThan(html.indexOf("辽沈战役纪念馆"));
        assertThat(html.indexOf("辽沈战役纪念馆")).isLessThan(html.indexOf("炮兵之父"));

        String printable = page("/courses/" + course.id() + "/programme", organiser);
        assertThat(printable)
                .contains("data-print", "胡晓梅", "炮兵之父朱瑞将军的故事", "主办：党委")
                .doesNotContain("navbar");
        assertThat(page("/courses/" + course.id() + "/programme?lang=en", organiser))
                .contains("Day 1", "Friday 17 March", "Opening ceremony", "Liaoshen Battle Memorial Hall");
    }

    @Test
    void anOverlappingItemIsRefusedOnSaveNextToItsTimeWithTheInputKept() throws Exception {
        Course course = seed.course("重叠检查");
        seed.item(course, AgendaItemType.LECTURE, 1, "09:00", "11:30", null, Speaker.NONE, "专题讲座");
        String html = postItem(course.id(), "10:00", "12:00", seed.lecturer);
        assertThat(html)
                .contains("is-invalid")
                .contains("与本班 09:00–11:30 的“专题讲座”时间重叠")
                .contains("value=\"10:00\"")
                .contains("value=\"保留的题目\"");
        assertThat(planner.agenda(course.id(), organiser)).hasSize(1);
    }

    @Test
    void aLecturerCannotBeInTwoPlacesAtOnceAcrossCourses() throws Exception {
        Course first = seed.course("第一个班");
        Course second = seed.course("第二个班");
        seed.item(first, AgendaItemType.LECTURE, 1, "14:00", "16:00", null, Speaker.lecturer(seed.lecturer), "讲座");
        String html = postItem(second.id(), "15:00", "17:00", seed.lecturer).replace("&ldquo;", "“");
        assertThat(html).contains("主讲人同一时间已安排在“第一个班”（14:00–16:00）");

        planner.take(first.id(), CourseTransition.CANCEL, "改期", organiser);
        assertThat(mvc.post()
                        .uri("/courses/{id}/agenda", second.id())
                        .with(as(organiser))
                        .with(csrf())
                        .params(itemParams("15:00", "17:00", seed.lecturer)))
                .hasStatus3xxRedirection();
    }

    @Test
    void theCheckShowsConflictsAndTheHoursBeforeSaving() throws Exception {
        Course course = seed.course("保存前检查");
        seed.item(course, AgendaItemType.LECTURE, 1, "08:30", "10:00", null, Speaker.NONE, "讲座");
        String clash = check(course.id(), "09:30", "10:30");
        assertThat(clash).contains("保存前请先解决以下问题").contains("时间重叠");
        String clear = check(course.id(), "10:00", "11:30");
        assertThat(clear).contains("未发现冲突").contains("按规则计 1.50 学时");
        assertThat(planner.agenda(course.id(), organiser)).hasSize(1);
    }

    @Test
    void cancellingNeedsAReasonGivenNextToTheField() throws Exception {
        Course course = seed.course("待取消的班");
        MvcTestResult refused = mvc.post()
                .uri("/courses/{id}/status", course.id())
                .with(as(organiser))
                .with(csrf())
                .param("action", "cancel")
                .param("reason", " ")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("is-invalid")
                .contains("取消培训班时必须填写原因");

        assertThat(mvc.post()
                        .uri("/courses/{id}/status", course.id())
                        .with(as(organiser))
                        .with(csrf())
                        .param("action", "cancel")
                        .param("reason", "疫情防控"))
                .hasStatus3xxRedirection();
        assertThat(page("/courses/" + course.id(), organiser)).contains("已取消").contains("疫情防控");
    }

    @Test
    void aStepOutOfOrderIsRefusedOnThePageWithTheReason() throws Exception {
        Course course = seed.course("不能跳步");
        MvcTestResult refused = mvc.post()
                .uri("/courses/{id}/status", course.id())
                .with(as(organiser))
                .with(csrf())
                .param("action", "complete")
                .exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString()).contains("培训班当前状态为“草稿”，不能执行“结业”");
    }

    @Test
    void theLecturerRegisterKeepsInternalAndExternalLecturersAndWhatTheyTaught() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/lecturers")
                .with(as(organiser))
                .with(csrf())
                .param("cadreStaffNumber", "")
                .param("name", "")
                .param("affiliation", "保留的单位")
                .exchange();
        assertThat(refused.getResponse().getContentAsString())
                .contains("外聘教师必须填写姓名")
                .contains("value=\"保留的单位\"");

        MvcTestResult internal = mvc.post()
                .uri("/lecturers")
                .with(as(organiser))
                .with(csrf())
                .param("cadreStaffNumber", seed.prefix + "001")
                .param("topics", "政治能力建设")
                .exchange();
        assertThat(internal).hasStatus3xxRedirection();
        String location = internal.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Course course = seed.course("讲过的班");
        seed.item(
                course, AgendaItemType.OPENING_CEREMONY, 0, "08:30", "09:00", null, Speaker.cadre(seed.huXiaomei), "");
        assertThat(page(location, organiser))
                .contains("胡晓梅", "党委", "校内", "政治能力建设")
                .contains("讲过的班");
        assertThat(mvc.get().uri("/lecturers").with(as(TestPrincipal.cadre(seed.huXiaomei))))
                .hasStatus(403);
        assertThat(id).isPositive();
    }

    @Test
    void theSiteRegisterKeepsInputOnErrorAndListsSitesByKind() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/sites")
                .with(as(organiser))
                .with(csrf())
                .param("nameZh", "")
                .param("address", "锦州市古塔区")
                .param("kind", "PARK")
                .exchange();
        assertThat(refused.getResponse().getContentAsString())
                .contains("is-invalid")
                .contains("value=\"锦州市古塔区\"");
        assertThat(mvc.post()
                        .uri("/sites")
                        .with(as(organiser))
                        .with(csrf())
                        .param("nameZh", seed.prefix + "东湖公园")
                        .param("nameEn", "Donghu Park")
                        .param("kind", "PARK")
                        .param("capacity", "500"))
                .hasStatus3xxRedirection();
        assertThat(page("/sites?kind=PARK&q=" + seed.prefix, TestPrincipal.cadre(seed.huXiaomei)))
                .contains("东湖公园")
                .doesNotContain("辽沈战役纪念馆");
        // the address a form with an error leaves in the browser, reloaded: the form again, never 405
        long site = jdbc.sql("select id from site where name_zh = ?")
                .param(seed.prefix + "东湖公园")
                .query(Long.class)
                .single();
        assertThat(mvc.get().uri("/sites/" + site).with(as(organiser)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/sites/" + site + "/edit");
        assertThat(mvc.get().uri("/sites/" + site).with(as(TestPrincipal.cadre(seed.huXiaomei))))
                .hasRedirectedUrl("/sites");
        assertThat(mvc.get().uri("/sites/999999999").with(as(organiser))).hasStatus(404);
    }

    private String postCourse(String startsOn, String endsOn, String hours) throws Exception {
        return mvc.post()
                .uri("/courses")
                .with(as(organiser))
                .with(csrf())
                .param("titleZh", "保留的班名")
                .param("organiserUnitId", String.valueOf(seed.committee))
                .param("startsOn", startsOn)
                .param("endsOn", endsOn)
                .param("capacity", "20")
                .param("requiredHours", hours)
                .param("category", "THEORY")
                .exchange()
                .getResponse()
                .getContentAsString();
    }

    private String postItem(long courseId, String from, String to, long lecturerId) throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/courses/{id}/agenda", courseId)
                .with(as(organiser))
                .with(csrf())
                .params(itemParams(from, to, lecturerId))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private String check(long courseId, String from, String to) throws Exception {
        return mvc.post()
                .uri("/courses/{id}/agenda/check", courseId)
                .with(as(organiser))
                .with(csrf())
                .header("HX-Request", "true")
                .params(itemParams(from, to, seed.lecturer))
                .exchange()
                .getResponse()
                .getContentAsString();
    }

    private static org.springframework.util.MultiValueMap<String, String> itemParams(
            String from, String to, long lecturerId) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("type", "LECTURE");
        params.add("day", "2023-03-18");
        params.add("startsAt", from);
        params.add("endsAt", to);
        params.add("speakerKind", "LECTURER");
        params.add("speakerLecturerId", String.valueOf(lecturerId));
        params.add("titleZh", "保留的题目");
        params.add("mandatory", "true");
        return params;
    }

    private String page(String uri, CurrentUser user) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
