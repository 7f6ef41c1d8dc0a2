package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The course form and page with who runs a course and who it is for. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseWhoPagesTests {

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
    long department;
    long enshi;

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        department = directory.registerUnit(new UnitDetails(
                seed.prefix + "ED",
                new LocalizedText("湖南省教育厅", "Hunan Provincial Department of Education"),
                UnitKind.EXTERNAL_INSTITUTION,
                null,
                true));
        enshi = directory.registerUnit(new UnitDetails(
                seed.prefix + "ES",
                new LocalizedText("恩施市委组织部", "Enshi Organisation Department"),
                UnitKind.EXTERNAL_INSTITUTION,
                null,
                true));
    }

    @Test
    void theFormSavesWhoRunsTheCourseAndWhoItIsForAndThePageShowsItInBothLanguages() throws Exception {
        MvcTestResult saved = course(seed.prefix + "联合培训班", "2023-03-18").exchange();

        assertThat(saved).hasStatus3xxRedirection();
        long id = jdbc.sql("select id from course where title_zh = ?")
                .param(seed.prefix + "联合培训班")
                .query(Long.class)
                .single();
        String chinese = page("/courses/" + id);
        assertThat(chinese)
                .contains("主办单位", "党委", "湖南省教育厅", "协办单位", "恩施市委组织部")
                .contains("线上线下结合", "第一期", "中层和科级干部", "王老师", "0731-8888", "第一期68人结业");
        assertThat(chinese.indexOf("党委</div>")).isLessThan(chinese.indexOf("湖南省教育厅"));
        assertThat(page("/courses/" + id + "?lang=en"))
                .contains("Organisers", "Hunan Provincial Department of Education", "Co-organisers")
                .contains("Enshi Organisation Department", "Hybrid", "First cohort")
                .contains("middle-level and section-level cadres", "Ms Wang");
        assertThat(page("/courses/" + id + "/edit"))
                .contains("value=\"第一期\"", "value=\"王老师\"", "value=\"党务干部\"")
                .containsPattern("<option value=\"" + department + "\"\\s+selected=\"selected\"");
    }

    @Test
    void aCohortOutsideTheCourseIsExplainedNextToItAndTheInputIsKept() throws Exception {
        MvcTestResult refused = course(seed.prefix + "期次有误", "2023-03-25").exchange();

        assertThat(refused).hasStatusOk();
        String html = refused.getResponse().getContentAsString();
        assertThat(html)
                .contains("第 1 期的日期必须在培训班日期 2023-03-17 至 2023-03-19 之内。")
                .contains("is-invalid")
                .contains("value=\"第一期\"", "value=\"王老师\"", "value=\"中层和科级干部\"", "value=\"党务干部\"")
                .contains("第一期68人结业");
        assertThat(jdbc.sql("select count(*) from course where title_zh = ?")
                        .param(seed.prefix + "期次有误")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSecondCourseOfTheSameTitleIsWarnedAboutAndSavedOnceConfirmed() throws Exception {
        String title = seed.prefix + "同名班";
        assertThat(course(title, "2023-03-18").exchange()).hasStatus3xxRedirection();

        MvcTestResult warned = course(title, "2023-03-18").exchange();
        assertThat(warned).hasStatusOk();
        assertThat(warned.getResponse().getContentAsString())
                .contains("id=\"duplicateWarning\"", "已有同名培训班“" + title + "”", "确认这是另一个培训班，仍然保存")
                .contains("value=\"王老师\"");

        assertThat(course(title, "2023-03-18").param("confirmDuplicate", "true").exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from course where title_zh = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }

    @Test
    void onlyPlannersSeeTheFormAndTheListFiltersByTrainingForm() throws Exception {
        CurrentUser cadre = TestPrincipal.cadre(seed.huXiaomei);
        assertThat(mvc.get().uri("/courses/new").with(as(cadre))).hasStatus(403);
        assertThat(course(seed.prefix + "无权", "2023-03-18", cadre).exchange()).hasStatus(403);

        course(seed.prefix + "混合式", "2023-03-18").exchange();
        assertThat(page("/courses?q=" + seed.prefix + "&form=HYBRID")).contains(seed.prefix + "混合式");
        assertThat(page("/courses?q=" + seed.prefix + "&form=ONLINE")).doesNotContain(seed.prefix + "混合式");
        assertThat(page("/courses/new")).contains("协办单位", "登记单位", "培训形式", "期次/批次", "备注");
    }

    private MockMvcRequestBuilder course(String title, String cohortEnds) {
        return course(title, cohortEnds, organiser);
    }

    private MockMvcRequestBuilder course(String title, String cohortEnds, CurrentUser user) {
        return mvc.post()
                .uri("/courses")
                .with(as(user))
                .with(csrf())
                .param("titleZh", title)
                .param("organiserUnitId", String.valueOf(seed.committee))
                .param("jointOrganiserUnitIds", String.valueOf(department), "", "")
                .param("coOrganiserUnitIds", String.valueOf(enshi))
                .param("hostUnitId", String.valueOf(seed.partySchool))
                .param("startsOn", "2023-03-17")
                .param("endsOn", "2023-03-19")
                .param("capacity", "40")
                .param("requiredHours", "12")
                .param("category", "THEORY")
                .param("trainingForm", "HYBRID")
                .param("contactNameZh", "王老师")
                .param("contactNameEn", "Ms Wang")
                .param("contactPhone", "0731-8888 0000")
                .param("audienceCategories", "党务干部")
                .param("audienceZh", "中层和科级干部")
                .param("audienceEn", "middle-level and section-level cadres")
                .param("cohorts[0].nameZh", "第一期")
                .param("cohorts[0].nameEn", "First cohort")
                .param("cohorts[0].startsOn", "2023-03-17")
                .param("cohorts[0].endsOn", cohortEnds)
                .param("cohorts[1].nameZh", "")
                .param("cohorts[1].startsOn", "")
                .param("notesZh", "第一期68人结业，14人获评优秀学员");
    }

    private String page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(as(organiser)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
