package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The downloads fragment as a course page will include it, with one line. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DownloadsFragmentTests.CoursePage.class)
class DownloadsFragmentTests {

    @TestConfiguration
    @Controller
    static class CoursePage {
        @GetMapping("/test/course-page")
        String page(Model model) {
            model.addAttribute("courseId", 7L);
            // items on the Friday and the Sunday, none on the Saturday between them
            model.addAttribute("daysWithItems", List.of(LocalDate.of(2023, 3, 17), LocalDate.of(2023, 3, 19)));
            return "documents-test/course-page";
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void organisersGetEveryDocumentWithASignInSheetPerDayWithItems() {
        assertThat(mvc.get().uri("/test/course-page").with(as(TestPrincipal.organiser())))
                .hasStatusOk()
                .bodyText()
                .contains("/courses/7/agenda.pdf", "/courses/7/calendar.ics", "/courses/7/roster.xlsx")
                .contains("/courses/7/sign-in/2023-03-17.pdf", "/courses/7/sign-in/2023-03-19.pdf")
                .doesNotContain("/courses/7/sign-in/2023-03-18.pdf", "3月18日")
                .contains("日程表（PDF）", "3月19日 星期日");
    }

    @Test
    void aCadreIsOfferedOnlyTheAgendaAndCalendar() {
        var cadre = TestPrincipal.user(Set.of(Role.CADRE), 1L, null);
        assertThat(mvc.get().uri("/test/course-page").with(as(cadre)))
                .hasStatusOk()
                .bodyText()
                .contains("/courses/7/agenda.pdf", "/courses/7/calendar.ics")
                .doesNotContain("roster.xlsx", "sign-in");
    }
}
