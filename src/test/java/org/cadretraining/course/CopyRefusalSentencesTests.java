package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Repeating an item with none chosen is refused by the copier, where the other rule of a repeat (another day) lives,
 * and the copy page says so in a sentence in the reader's language; no item is made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CopyRefusalSentencesTests {

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
    Course course;

    @BeforeEach
    void world() {
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
        course = seed.course("重复日程");
        seed.item(course, AgendaItemType.LECTURE, 0, "08:30", "11:30", null, null, "专题讲座");
    }

    @Test
    void repeatingWithNoItemChosenIsRefusedInASentenceAndMakesNothing() {
        int before = planner.agenda(course.id(), TestPrincipal.organiser()).size();

        MvcTestResult zh = repeat("zh");
        assertThat(zh).hasStatus(400);
        assertThat(ApiCalls.body(zh)).contains("请选择要重复的日程。");
        MvcTestResult en = repeat("en");
        assertThat(en).hasStatus(400);
        assertThat(ApiCalls.body(en)).contains("Choose the agenda item to repeat.");

        assertThat(planner.agenda(course.id(), TestPrincipal.organiser())).hasSize(before);
    }

    private MvcTestResult repeat(String lang) {
        return mvc.post()
                .uri("/courses/{id}/copy/item", course.id())
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("days", course.startsOn().plusDays(1).toString())
                .param("lang", lang)
                .exchange();
    }
}
