package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.LocalDate;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Replacing a trainee (调换) through the API: checked without writing, done, and refused to other units' liaisons. */
@SpringBootTest
@AutoConfigureMockMvc
class ReplacementApiTests {

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
    void aLiaisonChecksThenReplacesTheirUnitsTraineeAndAnotherUnitsLiaisonIsRefused() {
        EnrolmentFixture world = new EnrolmentFixture(directory, jdbc);
        long course = world.course(LocalDate.of(2032, 11, 19), LocalDate.of(2032, 11, 24), 132);
        quotas.allocate(course, world.schoolA, 2, world.organiser);
        Enrolment place = nominations.nominate(course, world.cadre("张建国", world.schoolA), world.liaisonA);
        long newcomer = world.cadre("李卫东", world.schoolA);
        String body = "{\"cadreId\": %d, \"reason\": \"出差\", \"dryRun\": %s}";

        assertThat(post(place.id(), body.formatted(newcomer, "false"), world.liaisonB))
                .hasStatus(403);
        assertThat(post(place.id(), "{\"reason\": \"出差\"}", world.liaisonA))
                .hasStatus(400)
                .bodyText()
                .contains("cadreId");
        assertThat(post(place.id(), body.formatted(newcomer, "true"), world.liaisonA))
                .hasStatusOk()
                .bodyText()
                .contains("李卫东");
        assertThat(store.find(place.id()).status())
                .as("a dry run writes nothing")
                .isEqualTo(EnrolmentStatus.NOMINATED);

        assertThat(post(place.id(), body.formatted(newcomer, "false"), world.liaisonA))
                .hasStatus(201)
                .bodyText()
                .contains("李卫东");
        assertThat(store.find(place.id()).status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(jdbc.sql("select count(*) from enrolment where course_id = ? and cadre_id = ? and replaces_id = ?")
                        .params(course, newcomer, place.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(
            long enrolmentId, String json, org.cadretraining.shared.CurrentUser user) {
        return mvc.post()
                .uri("/api/v1/enrolments/{id}/replacement", enrolmentId)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
