package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import java.util.List;
import org.cadretraining.browser.BrowserTest;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme whose opening and closing ceremonies name their speakers and chair: the import records them as the
 * cadre of that name, or else by name, and never adds them to the lecturers' register (where they would be asked
 * for materials and scored in evaluations); a lecture's new speaker still joins it. Screenshots:
 * target/screenshots/CeremonyImportBrowserTests-*.
 */
class CeremonyImportBrowserTests extends BrowserTest {

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

    @Test
    void aCeremonysSpeakersAndChairAreNotAddedAsLecturers() {
        signInAsAdministratorForTheFirstTime();
        CourseFixture seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        long course = seed.course("领导干部政治能力提升培训班").id();
        // 陈力 chairs the opening and also teaches: the lecture makes him a lecturer, the chair stays a name
        String programme = """
                日期\t时间\t类型\t标题\t主讲人\t主持人
                2023-03-17\t08:30-09:00\t开班式\t开班式\t胡晓梅\t陈力
                2023-03-17\t09:00-11:30\t专题讲座\t教学内容和安排\t陈力\t
                2023-03-19\t16:00-16:30\t结业式\t结业式\t胡晓梅、王主任\t
                """;
        for (String language : List.of("en", "zh")) {
            page.navigate("/courses/" + course + "/programme/import?lang=" + language);
            page.locator("#table").fill(programme);
            assertThat(page.locator("#addLecturers").isChecked()).isTrue();
            page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                    .click();
            page.locator("table tbody tr").first().waitFor();
            String preview = page.locator("main").innerText();
            assertThat(preview.lines())
                    .as("only the lecture's speaker joins the register")
                    .contains(language.equals("zh") ? "将加入师资库：陈力" : "To be added to the lecturer register: 陈力");
            // the cadre is shown as the programme will show them, by name and position, no word glued to the name
            assertThat(page.locator("table tbody tr")
                            .first()
                            .locator(".import-person")
                            .first()
                            .innerText())
                    .isEqualTo(language.equals("zh") ? "胡晓梅（党委书记）" : "胡晓梅 (Party Secretary)");
            screenshot("preview-" + language + "-1280");
        }
        page.onDialog(Dialog::accept);
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/courses/" + course);

        assertThat(lecturersNamed("胡晓梅")).isZero();
        assertThat(lecturersNamed("王主任")).isZero();
        assertThat(lecturersNamed("陈力")).isOne();
        assertThat(jdbc.sql("""
                        select i.type || '|' || coalesce(i.speaker_cadre_id::text, '') || '|'
                               || coalesce(i.speaker_lecturer_id::text, '') || '|' || i.presider_text || '|'
                               || coalesce(i.presider_lecturer_id::text, '') || '|'
                               || coalesce((select string_agg(s.text || coalesce(s.lecturer_id::text, ''), '、')
                                            from agenda_item_speaker s where s.agenda_item = i.id), '')
                        from agenda_item i where i.course_id = ? and i.type like '%CEREMONY' order by i.day
                        """).param(course).query(String.class).list())
                .containsExactly(
                        "OPENING_CEREMONY|" + seed.huXiaomei + "||陈力||",
                        "CLOSING_CEREMONY|" + seed.huXiaomei + "||||王主任");
        screenshot("imported-zh-1280");
    }

    private int lecturersNamed(String name) {
        return jdbc.sql("select count(*) from lecturer where name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }
}
