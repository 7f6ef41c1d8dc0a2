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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The agenda item form and the agenda list with presiders, several speakers, sittings and homework. */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaItemPagesTests {

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

    CourseFixture seed;
    CurrentUser organiser = TestPrincipal.organiser();

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
    }

    @Test
    void aCeremonyWithAPresiderAndSeveralSpeakersIsEnteredAndShownInBothLanguages() throws Exception {
        Course course = seed.course("开班仪式");
        MultiValueMap<String, String> ceremony = ceremony();
        MvcTestResult saved = post("/courses/{id}/agenda", course.id(), ceremony);
        assertThat(saved).hasStatus3xxRedirection();

        String zh = page("/courses/" + course.id());
        assertThat(zh)
                .contains("主持：田晓明")
                .contains("李成恩")
                .contains("：欢迎辞")
                .contains("洪晓楠")
                .contains("：学院与培训计划");
        String en = page("/courses/" + course.id() + "?lang=en");
        assertThat(en).contains("Presided by 田晓明").contains(": Welcome");

        AgendaItem item = planner.agenda(course.id(), organiser).getFirst();
        String form = page("/courses/" + course.id() + "/agenda/" + item.id() + "/edit");
        assertThat(form)
                .contains("value=\"田晓明\"")
                .contains("name=\"speakers[0].text\"")
                .contains("value=\"洪晓楠\"")
                .contains("name=\"speakers[2].text\"");
        assertThat(page("/courses/" + course.id() + "/agenda/" + item.id() + "/edit?lang=en"))
                .contains("Further speakers")
                .contains("Presider");
    }

    @Test
    void aHalfGivenFurtherSpeakerIsExplainedAndTheFormKeepsWhatWasTyped() throws Exception {
        Course course = seed.course("半填发言人");
        MultiValueMap<String, String> params = ceremony();
        params.set("speakers[1].kind", "LECTURER");
        params.set("speakers[1].text", "");
        MvcTestResult refused = post("/courses/{id}/agenda", course.id(), params);

        assertThat(refused).hasStatusOk();
        String html = refused.getResponse().getContentAsString();
        assertThat(html)
                .contains("请选择一位教师。")
                .contains("value=\"田晓明\"")
                .contains("value=\"洪晓楠\"")
                .contains("value=\"开班式\"");
        assertThat(planner.agenda(course.id(), organiser)).isEmpty();
    }

    @Test
    void homeworkShowsItsDueTimeAndTheCheckWarnsOfAMandatoryItemEarningNothing() throws Exception {
        Course course = seed.course("学习心得");
        MultiValueMap<String, String> homework = new LinkedMultiValueMap<>();
        homework.add("type", "HOMEWORK");
        homework.add("day", "2023-03-19");
        homework.add("startsAt", "09:00");
        homework.add("endsAt", "17:00");
        homework.add("speakerKind", "NONE");
        homework.add("titleZh", "学习心得");
        homework.add("mandatory", "true");
        String check = mvc.post()
                .uri("/courses/{id}/agenda/check", course.id())
                .with(as(organiser))
                .with(csrf())
                .header("HX-Request", "true")
                .params(homework)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(check).contains("作业没有固定时段，不计学时");

        assertThat(post("/courses/{id}/agenda", course.id(), homework)).hasStatus3xxRedirection();
        assertThat(page("/courses/" + course.id())).contains("截止 17:00").contains("作业没有固定时段");
        assertThat(page("/courses/" + course.id() + "?lang=en")).contains("Due 17:00");
    }

    @Test
    void openingNominationsForAProgrammeShortOfTheRequiredHoursSaysSoFirst() throws Exception {
        Course course = seed.course("学时不足");
        String zh = page("/courses/" + course.id());
        assertThat(zh).contains("data-confirm=\"日程合计 0.00 学时，少于结业要求的");
        assertThat(zh).contains("学时：按现有日程，学员都不能结业。 开始调训报名后");
    }

    @Test
    void onlyOrganisersEnterAgendaItems() {
        Course course = seed.course("无权");
        assertThat(mvc.post()
                        .uri("/courses/{id}/agenda", course.id())
                        .with(as(TestPrincipal.cadre(seed.huXiaomei)))
                        .with(csrf())
                        .params(ceremony()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/courses/{id}/agenda/check", course.id())
                        .with(as(TestPrincipal.cadre(seed.huXiaomei)))
                        .with(csrf())
                        .params(ceremony()))
                .hasStatus(403);
        assertThat(planner.agenda(course.id(), organiser)).isEmpty();
    }

    private static MultiValueMap<String, String> ceremony() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("type", "OPENING_CEREMONY");
        params.add("day", "2023-03-17");
        params.add("startsAt", "08:30");
        params.add("endsAt", "09:30");
        params.add("titleZh", "开班式");
        params.add("mandatory", "true");
        params.add("presiderKind", "TEXT");
        params.add("presiderText", "田晓明");
        params.add("speakerKind", "TEXT");
        params.add("speakerText", "李成恩");
        params.add("speakerTopicZh", "欢迎辞");
        params.add("speakerTopicEn", "Welcome");
        params.add("speakers[0].kind", "TEXT");
        params.add("speakers[0].text", "洪晓楠");
        params.add("speakers[0].topicZh", "学院与培训计划");
        params.add("speakers[1].kind", "TEXT");
        params.add("speakers[1].text", "陈斌");
        params.add("speakers[1].topicZh", "学员代表表态");
        params.add("speakers[2].kind", "NONE");
        return params;
    }

    private MvcTestResult post(String uri, long id, MultiValueMap<String, String> params) {
        return mvc.post()
                .uri(uri, id)
                .with(as(organiser))
                .with(csrf())
                .params(params)
                .exchange();
    }

    private String page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(as(organiser)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
