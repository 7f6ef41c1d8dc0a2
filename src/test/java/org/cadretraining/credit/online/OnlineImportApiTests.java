package org.cadretraining.credit.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The online import through /api/v1: checked, then written on request; problems and refusals as problem details. */
@AccountWebTest
class OnlineImportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineAcademies academies;

    @Autowired
    OnlineImports imports;

    @Autowired
    OrganisationDirectory directory;

    final CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void aFileIsCheckedThenWrittenAndItsProblemsAreInTheCallersLanguage() throws Exception {
        OnlineWorld world = new OnlineWorld(directory);
        world.cadre("周敏", world.schoolA);
        Map<RecordField, String> mapping = new EnumMap<>(RecordField.class);
        mapping.put(RecordField.STAFF_NUMBER, "staff");
        mapping.put(RecordField.TITLE, "course");
        mapping.put(RecordField.HOURS, "credited");
        mapping.put(RecordField.COMPLETED_ON, "date");
        long academy = academies.save(null, "学习强国 " + world.prefix, mapping, organiser);

        String good = "staff,course,credited,date\n" + world.staffNumber(1) + ",Party history,2,2026-03-01\n";
        String location = mvc.perform(multipart("/api/v1/credit/online/imports")
                        .file(file(good))
                        .param("academy", "" + academy)
                        .with(csrf())
                        .with(as(organiser)))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        waitWhileRunning(id);
        assertThat(body(get("/api/v1/credit/online/imports/{id}", id))).contains("\"status\":\"CHECKED\"");
        mvc.perform(post("/api/v1/credit/online/imports/{id}/write", id)
                        .with(csrf())
                        .with(as(organiser)))
                .andExpect(status().isAccepted());
        waitWhileRunning(id);
        assertThat(body(get("/api/v1/credit/online/imports/{id}", id)))
                .contains("\"status\":\"DONE\"", "\"newCount\":1");
        mvc.perform(post("/api/v1/credit/online/imports/{id}/write", id)
                        .with(csrf())
                        .with(as(organiser)))
                .andExpect(status().isConflict());

        String bad = "staff,course,credited,date\n" + world.staffNumber(1) + ",Party history,1.1,2026-03-01\n";
        String rejected = mvc.perform(multipart("/api/v1/credit/online/imports?lang=en")
                        .file(file(bad))
                        .param("academy", "" + academy)
                        .with(csrf())
                        .with(as(organiser)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long badId = Long.parseLong(rejected.substring(rejected.lastIndexOf('/') + 1));
        waitWhileRunning(badId);
        assertThat(body(get("/api/v1/credit/online/imports/{id}?lang=en", badId)))
                .contains("\"status\":\"REJECTED\"")
                .contains("\"field\":\"Credited hours\"")
                .contains("The credited hours \u201c1.1\u201d must be above 0 and below 1000, in steps of 0.25.");
    }

    @Test
    void aLiaisonIsRefusedWithAProblemDetail() throws Exception {
        mvc.perform(multipart("/api/v1/credit/online/imports")
                        .file(file("a,b\n1,2\n"))
                        .param("academy", "1")
                        .with(csrf())
                        .with(as(TestPrincipal.liaison(1))))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        assertThat(body(get("/v3/api-docs")))
                .contains(
                        "/api/v1/credit/online/imports",
                        "/api/v1/credit/online/imports/{id}/write",
                        "/api/v1/credit/hours");
    }

    private void waitWhileRunning(long id) throws InterruptedException {
        for (int i = 0; i < 600 && imports.job(id, organiser).running(); i++) {
            Thread.sleep(50);
        }
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as(organiser)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "records.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
