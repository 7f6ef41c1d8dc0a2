package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.LocalDate;
import java.util.Set;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A course's quotas are the organisers' business; a unit's liaison sees their own unit's places and nothing else. */
@SpringBootTest
@AutoConfigureMockMvc
class QuotaVisibilityTests {

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
        LocalDate start = LocalDate.of(2030, 5, 13);
        course = world.course(start, start.plusDays(2), 20);
        quotas.allocate(course, world.schoolA, 12, world.organiser);
        quotas.allocate(course, world.schoolB, 8, world.organiser);
    }

    @Test
    void organisersSeeEveryUnitsPlaces() {
        assertThat(mvc.get().uri("/api/v1/courses/{id}/quotas", course).with(as(world.organiser)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].places")
                .asArray()
                .containsExactlyInAnyOrder(12, 8);
    }

    @Test
    void aLiaisonSeesOnlyTheirOwnUnitsPlaces() {
        assertThat(mvc.get().uri("/api/v1/courses/{id}/quotas", course).with(as(world.liaisonA)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].unitId")
                .asArray()
                .containsExactly((int) world.schoolA);
        assertThat(mvc.get().uri("/api/v1/courses/{id}/quotas", course).with(as(world.liaisonB)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].places")
                .asArray()
                .containsExactly(8);
    }

    @Test
    void aClassTeacherOrACadreIsRefusedTheQuotas() {
        var teacher = TestPrincipal.user(Set.of(Role.CLASS_TEACHER), null, null);
        assertThat(mvc.get().uri("/api/v1/courses/{id}/quotas", course).with(as(teacher)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/courses/{id}/enrolment", course).with(as(teacher)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/courses/{id}/quotas", course).with(as(TestPrincipal.cadre())))
                .hasStatus(403);
    }
}
