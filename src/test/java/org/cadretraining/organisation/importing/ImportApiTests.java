package org.cadretraining.organisation.importing;

import static org.cadretraining.support.TestPrincipal.as;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cadretraining.organisation.importing.ImportFixtures.Tree;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ImportApiTests {

    private static final List<String> HEADER = List.of("staff_number", "name", "unit_code", "rank");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser organiser = TestPrincipal.organiser();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
    }

    @Test
    void startsAnImportAndReportsItsResult() throws Exception {
        byte[] file = ImportFiles.xlsx(List.of(HEADER, List.of(tree.prefix() + "1", "胡晓梅", tree.left(), "COUNTY")));

        String location = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "cadres.xlsx", null, file))
                        .param("kind", "cadre")
                        .with(as(organiser)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/imports/")))
                .andExpect(jsonPath("$.kind").value("cadre"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        fixtures.awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

        mvc.perform(get(location).with(as(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.errors").isEmpty());
    }

    @Test
    void listsEveryProblemWithRowColumnAndReason() throws Exception {
        byte[] file = ImportFiles.csv(List.of(
                HEADER,
                List.of(tree.prefix() + "1", "胡晓梅", tree.left(), "大官"),
                List.of(tree.prefix() + "2", "白静", "", "")));

        String location = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "cadres.csv", "text/csv", file))
                        .param("kind", "cadre")
                        .with(as(organiser)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        fixtures.awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

        mvc.perform(get(location).param("lang", "en").with(as(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("rank"))
                // the ranks the institution has are named after it (other tests may add ranks of their own)
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.startsWith(
                                        "There is no rank called \"大官\". The ranks are: Provincial / ministerial, "),
                                org.hamcrest.Matchers.containsString("County / division"))))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].columnName").value("Unit code"))
                .andExpect(jsonPath("$.errors[1].reason").value("Required."));
    }

    @Test
    void wrongFileTypeIsAProblemDetailNamingTheField() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "cadres.docx", null, new byte[] {1}))
                        .param("kind", "cadre")
                        .with(as(organiser)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/imports'].post.summary").value("Start an import"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/imports/{id}'].get.tags[0]").value("Imports"));
    }

    @Test
    void refusesPeopleWhoMayNotImport() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "units.csv", "text/csv", new byte[] {'a'}))
                        .param("kind", "unit")
                        .with(as(TestPrincipal.liaison(fixtures.unitId(tree.left())))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/imports/1").with(as(TestPrincipal.cadre()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports/1")).andExpect(status().isUnauthorized());
    }
}
