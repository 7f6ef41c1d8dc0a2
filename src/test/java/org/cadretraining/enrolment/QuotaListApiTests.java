package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Places for many units through the API: a preview with a sentence per line, a confirmation by its token. */
@SpringBootTest
@AutoConfigureMockMvc
class QuotaListApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Quotas quotas;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOrganiserPreviewsThenConfirmsAndALiaisonIsRefused() throws Exception {
        EnrolmentFixture world = new EnrolmentFixture(directory, jdbc);
        long course = world.course(LocalDate.of(2031, 9, 4), LocalDate.of(2031, 11, 27), 120);
        String wrong = "{\"lines\": [\"" + world.prefix + "A\\t8\", \"没有这个单位\\t5\"]}";

        assertThat(post(course, wrong, world.liaisonA)).hasStatus(403);
        MvcTestResult refused = post(course, wrong, world.organiser);
        assertThat(refused).hasStatusOk();
        String body = refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(body, "$.lines[1].outcome")).isEqualTo("REFUSE");
        assertThat(JsonPath.<String>read(body, "$.lines[1].sentence")).contains("没有这个单位");
        assertThat(quotas.quotas(course)).isEmpty();

        String right = "{\"lines\": [\"" + world.prefix + "A\\t8\"]}";
        String preview = post(course, right, world.organiser)
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(preview, "$.lines[0].sentence")).isEqualTo("分配 8 个名额");
        String token = JsonPath.read(preview, "$.previewToken");

        assertThat(post(
                        course,
                        "{\"lines\": [\"" + world.prefix + "A\\t8\"], \"dryRun\": false, \"previewToken\": \"x\"}",
                        world.organiser))
                .hasStatus(409);
        assertThat(quotas.quotas(course)).isEmpty();
        assertThat(post(
                        course,
                        "{\"lines\": [\"" + world.prefix + "A\\t8\"], \"dryRun\": false, \"previewToken\": \"" + token
                                + "\"}",
                        world.organiser))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.written")
                .isEqualTo(true);
        assertThat(quotas.quotas(course)).singleElement().satisfies(q -> assertThat(q.places())
                .isEqualTo(8));
    }

    private MvcTestResult post(long course, String json, CurrentUser user) {
        return mvc.post()
                .uri("/api/v1/courses/{id}/quotas/list", course)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
