package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Set;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The page for many units' places: the organiser's sentences in both languages; everyone else refused. */
@SpringBootTest
@AutoConfigureMockMvc
class QuotaListPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Quotas quotas;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;
    long course;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(LocalDate.of(2031, 9, 4), LocalDate.of(2031, 11, 27), 120);
    }

    @Test
    void theOrganiserSeesEachWrongLineInTheirLanguage() {
        String lines = world.prefix + "A\t8\n没有这个单位\t5";
        assertThat(preview(world.organiser, lines, null))
                .hasStatusOk()
                .bodyText()
                .contains("分配 8 个名额", "第 2 行", "没有名称或代码为“没有这个单位”的单位", "有 1 行有误（标红）");
        assertThat(preview(world.organiser, lines, new Cookie("lang", "en")))
                .bodyText()
                .contains(
                        "Gets 8 places", "Row 2", "No unit has the name or code &quot;没有这个单位&quot;", "1 line is wrong");
        assertThat(quotas.quotas(course)).isEmpty();
    }

    @Test
    void liaisonsOfAnyUnitAndPeopleWithoutTheRoleAreRefused() {
        CurrentUser teacher = TestPrincipal.user(Set.of(Role.CLASS_TEACHER), null, null);
        for (CurrentUser someone : new CurrentUser[] {world.liaisonA, world.liaisonB, teacher, TestPrincipal.cadre()}) {
            assertThat(mvc.get()
                            .uri("/courses/{id}/enrolment/quotas/list", course)
                            .with(as(someone)))
                    .hasStatus(403);
            assertThat(preview(someone, world.prefix + "A\t8", null)).hasStatus(403);
            assertThat(mvc.post()
                            .uri("/courses/{id}/enrolment/quotas/list/confirm", course)
                            .with(as(someone))
                            .with(csrf())
                            .param("given", "1\t" + world.prefix + "A\t8")
                            .param("token", "x"))
                    .hasStatus(403);
        }
        assertThat(quotas.quotas(course)).isEmpty();
    }

    private MvcTestResult preview(CurrentUser user, String lines, Cookie language) {
        var request = mvc.post()
                .uri("/courses/{id}/enrolment/quotas/list/preview", course)
                .with(as(user))
                .with(csrf())
                .param("source", "paste")
                .param("lines", lines);
        return (language == null ? request : request.cookie(language)).exchange();
    }
}
