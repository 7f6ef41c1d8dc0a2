package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The programme template as the import page offers it: a real workbook, headed and explained in the page's language,
 * which goes back in once filled in; only planners download it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeTemplateDownloadTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    MessageSource messages;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;

    @BeforeEach
    void course() {
        long university = directory.registerUnit(new UnitDetails(
                prefix + "ZKNU",
                new LocalizedText("周口师范学院", "Zhoukou Normal University"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        MvcTestResult created = mvc.post()
                .uri("/api/v1/courses")
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"titleZh": "基层党支部书记专题培训班 %s", "organiserUnitId": %d, "startsOn": "2021-05-21",
                         "endsOn": "2021-05-25", "capacity": 120, "requiredHours": 30, "category": "PARTY_SPIRIT"}
                        """.formatted(prefix, university))
                .exchange();
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader("Location");
        courseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theTemplateIsAWorkbookInThePagesLanguageThatGoesBackInFilledIn() throws Exception {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            MvcTestResult download = mvc.get()
                    .uri("/courses/{id}/programme/template.xlsx", courseId)
                    .with(as(organiser))
                    .cookie(lang(locale))
                    .exchange();
            assertThat(download).hasStatusOk().hasContentType(ProgrammeTemplate.CONTENT_TYPE);
            assertThat(download.getResponse().getHeader("Content-Disposition"))
                    .startsWith("attachment")
                    .contains("programme-template.xlsx");

            List<String> headers = ProgrammeColumn.TEMPLATE.stream()
                    .map(column -> text("course.import.column." + column, locale))
                    .toList();
            try (ReadableWorkbook workbook = new ReadableWorkbook(
                    new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
                List<Sheet> sheets = workbook.getSheets().toList();
                assertThat(sheets)
                        .extracting(Sheet::getName)
                        .as(locale.toString())
                        .containsExactly(
                                text("course.import.template.sheet", locale),
                                text("course.import.template.help", locale));
                List<Row> data = sheets.getFirst().read();
                assertThat(data).hasSize(1);
                assertThat(cells(data.getFirst())).isEqualTo(headers);
                List<Row> help = sheets.get(1).read();
                assertThat(cells(help.getFirst()))
                        .containsExactly(
                                text("course.import.template.column", locale),
                                text("course.import.template.meaning", locale),
                                text("course.import.template.example", locale));
                assertThat(cells(help.get(1)))
                        .containsExactly(
                                headers.getFirst(),
                                text("course.import.column.DAY.meaning", locale),
                                text("course.import.column.DAY.example", locale));
            }

            MvcTestResult preview = mvc.perform(multipart("/courses/" + courseId + "/programme/import/preview")
                    .file(new MockMultipartFile(
                            "file", "programme.xlsx", "application/octet-stream", filledIn(headers, locale)))
                    .cookie(lang(locale))
                    .with(as(organiser))
                    .with(csrf()));
            assertThat(preview).hasStatusOk();
            assertThat(preview.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains(text("course.import.previewHeading", locale, 1), "国家级样板党支部的申报与建设", "陈力");
        }
    }

    @Test
    void onlyPlannersDownloadTheTemplate() {
        assertThat(mvc.get()
                        .uri("/courses/{id}/programme/template.xlsx", courseId)
                        .with(as(TestPrincipal.cadre())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/courses/{id}/programme/template.xlsx", courseId))
                .hasStatus(302);
    }

    /** The template's columns with one lecture under them, typed in the template's language. */
    private byte[] filledIn(List<String> headers, Locale locale) throws IOException {
        List<String> lecture = List.of(
                "2021-05-21",
                "08:30",
                "11:30",
                text("course.agenda.type.LECTURE", locale),
                "国家级样板党支部的申报与建设",
                "Applying for and building a model Party branch",
                "彭榕",
                "陈力",
                "",
                "",
                "3");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(text("course.import.template.sheet", locale));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.value(1, c, lecture.get(c));
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> cells(Row row) {
        return row.stream().map(Cell::getText).toList();
    }

    private static Cookie lang(Locale locale) {
        return new Cookie("lang", Locale.ENGLISH.equals(locale) ? "en" : "zh-CN");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
