package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Set;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The replace page and its two steps refuse other units' liaisons and people without the role in the course. */
@SpringBootTest
@AutoConfigureMockMvc
class ReplacementPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Nominations nominations;

    @Autowired
    Quotas quotas;

    @Autowired
    EnrolmentStore store;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheOrganiserAndThePlacesOwnLiaisonReachTheReplacePage() {
        EnrolmentFixture world = new EnrolmentFixture(directory, jdbc);
        long course = world.course(LocalDate.of(2032, 11, 19), LocalDate.of(2032, 11, 24), 132);
        quotas.allocate(course, world.schoolA, 2, world.organiser);
        Enrolment place = nominations.nominate(course, world.cadre("张建国", world.schoolA), world.liaisonA);
        String newcomer = String.valueOf(world.cadre("李卫东", world.schoolA));

        CurrentUser teacher = TestPrincipal.user(Set.of(Role.CLASS_TEACHER), null, null);
        for (CurrentUser someone : new CurrentUser[] {world.liaisonB, teacher, TestPrincipal.cadre()}) {
            assertThat(mvc.get().uri("/enrolments/{id}/replace", place.id()).with(as(someone)))
                    .hasStatus(403);
            for (String step : new String[] {"/replace/check", "/replace"}) {
                assertThat(mvc.post()
                                .uri("/enrolments/{id}" + step, place.id())
                                .with(as(someone))
                                .with(csrf())
                                .param("cadreId", newcomer)
                                .param("reason", "出差"))
                        .hasStatus(403);
            }
        }
        assertThat(store.find(place.id()).status()).isEqualTo(EnrolmentStatus.NOMINATED);
        assertThat(mvc.get().uri("/enrolments/{id}/replace", place.id()).with(as(world.liaisonA)))
                .hasStatusOk()
                .bodyText()
                .contains("李卫东");
        assertThat(mvc.get().uri("/enrolments/{id}/replace", place.id()).with(as(world.organiser)))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/enrolments/{id}/replace/check", place.id())
                        .with(as(world.liaisonA))
                        .with(csrf())
                        .param("cadreId", newcomer))
                .hasStatus(400)
                .bodyText()
                .contains("请填写调换原因");
    }
}
