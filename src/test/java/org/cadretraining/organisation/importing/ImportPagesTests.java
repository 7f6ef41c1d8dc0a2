package org.cadretraining.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cadretraining.organisation.importing.ImportFixtures.Tree;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
class ImportPagesTests {

    private static final List<String> HEADER = List.of("工号", "姓名", "单位编码");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportProblems problemStore;

    ImportFixtures fixtures;
    Tree tree;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void setUp() {
        fixtures = ImportFixtures.of(context);
        tree = fixtures.tree();
    }

    @Test
    void administratorChoosesBetweenUnitsAndCadresAndFindsBothTemplates() throws Exception {
        mvc.perform(get("/imports").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-unit\"")))
                .andExpect(content().string(containsString("id=\"kind-cadre\"")))
                .andExpect(content().string(containsString("/imports/templates/unit.xlsx")))
                .andExpect(content().string(containsString("/imports/templates/cadre.xlsx")));
    }

    @Test
    void liaisonImportsOnlyCadres() throws Exception {
        CurrentUser liaison = TestPrincipal.liaison(fixtures.unitId(tree.left()));

        mvc.perform(get("/imports").with(as(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-cadre\"")))
                .andExpect(content().string(not(containsString("id=\"kind-unit\""))));
        mvc.perform(multipart("/imports")
                        .file(csv("units.csv", List.of(List.of("code", "name_zh", "kind"))))
                        .param("kind", "unit")
                        .with(csrf())
                        .with(as(liaison)))
                .andExpect(status().isForbidden());
    }

    @Test
    void peopleWhoLookAfterNoUnitsAreRefused() throws Exception {
        CurrentUser cadre = TestPrincipal.cadre();

        mvc.perform(get("/imports").with(as(cadre))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/templates/cadre.xlsx").with(as(cadre))).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports")
                        .file(csv("cadres.csv", List.of(HEADER)))
                        .param("kind", "cadre")
                        .with(csrf())
                        .with(as(cadre)))
                .andExpect(status().isForbidden());
    }

    @Test
    void uploadWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/imports")
                        .file(csv("cadres.csv", List.of(HEADER)))
                        .param("kind", "cadre")
                        .with(as(admin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongFileTypeIsExplainedNextToTheFieldAndTheChosenKindIsKept() throws Exception {
        mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "cadres.pdf", "application/pdf", new byte[] {1, 2}))
                        .param("kind", "unit")
                        .param("lang", "en")
                        .with(csrf())
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("fileError", "Only .xlsx and .csv files are accepted."))
                .andExpect(model().attribute("selectedKind", "unit"))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void jobPageListsEveryBadRowAndOffersTheReport() throws Exception {
        byte[] file = ImportFiles.csv(List.of(
                HEADER,
                List.of(tree.prefix() + "1", "胡晓梅", "NO-SUCH-UNIT"),
                List.of(tree.prefix() + "2", "", tree.left())));

        String location = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "cadres.csv", "text/csv", file))
                        .param("kind", "cadre")
                        .with(csrf())
                        .with(as(admin)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        fixtures.awaitEnd(id);

        mvc.perform(get(location).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有编码为“NO-SUCH-UNIT”的单位。")))
                .andExpect(content().string(containsString("必须填写。")))
                .andExpect(content().string(containsString("/imports/" + id + "/report")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        String report = mvc.perform(
                        get("/imports/" + id + "/report").param("lang", "en").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.lines().toList())
                .containsExactly(
                        "\uFEFFRow,Column,Reason",
                        "2,Unit code,\"There is no unit with code \"\"NO-SUCH-UNIT\"\".\"",
                        "3,Name,Required.");
    }

    @Test
    void progressIsPolledWhileTheJobRunsAndNoLongerOnceItEnds() throws Exception {
        long id = jobs.create(ImportKind.CADRE, "big.xlsx", Path.of("big.xlsx"), admin, Duration.ofHours(1));
        jobs.checking(id);
        jobs.counted(id, 1000);
        jobs.checked(id, 250, 0);

        mvc.perform(get("/imports/" + id + "/progress").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("aria-valuenow=\"12\"")))
                .andExpect(content().string(containsString("已检查 250 / 1,000 行")));

        jobs.writing(id, 1000);
        jobs.done(id, 1000, 0, 0);

        mvc.perform(get("/imports/" + id + "/progress").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(containsString("导入完成")));
    }

    @Test
    void anotherPersonsJobIsNotShownToALiaison() throws Exception {
        long id = jobs.create(ImportKind.CADRE, "theirs.csv", Path.of("theirs.csv"), admin, Duration.ofHours(1));
        CurrentUser liaison = TestPrincipal.liaison(fixtures.unitId(tree.left()));

        mvc.perform(get("/imports/" + id).with(as(liaison))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/" + id).with(as(TestPrincipal.organiser()))).andExpect(status().isOk());
    }

    @Test
    void templateHoldsTheHeadingsTheImportReadsBack() throws Exception {
        byte[] template = mvc.perform(get("/imports/templates/cadre.xlsx").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("cadre-import-template.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getFirstSheet().read().getFirst();
            assertThat(header.getCellText(0)).isEqualTo("工号");
            assertThat(header.getCellCount()).isEqualTo(CadreColumn.values().length);
        }
        ImportJob job = fixtures.run("cadre", "template.xlsx", template, admin);
        assertThat(problemStore.problems(job.id(), 0, 10))
                .extracting(ImportProblem::messageKey)
                .containsExactly("importing.problem.noRows");
    }

    private static MockMultipartFile csv(String name, List<List<String>> rows) {
        return new MockMultipartFile("file", name, "text/csv", ImportFiles.csv(rows));
    }
}
