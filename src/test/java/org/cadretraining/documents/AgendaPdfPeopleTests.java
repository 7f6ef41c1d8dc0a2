package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The printed agenda names an item's presider and every speaker with their topic, and when homework is due. */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaPdfPeopleTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    DocumentsFixture seed;

    @BeforeEach
    void world() {
        seed = new DocumentsFixture(mvc, directory, sites, lecturers);
    }

    @Test
    void thePresiderAndEverySpeakerArePrintedAndHomeworkByItsDueTime() throws IOException {
        long id = seed.draft(2031);
        assertThat(post("/api/v1/courses/" + id + "/agenda", """
                        {"type": "OTHER", "day": "2031-03-18", "startsAt": "14:00", "endsAt": "15:30",
                         "titleZh": "先进党支部经验交流", "titleEn": "Exchange of advanced branches", "mandatory": true,
                         "presiderKind": "TEXT", "presiderText": "陈力",
                         "speakerKind": "TEXT", "speakerText": "第一支部代表", "speakerTopicZh": "支部建设",
                         "speakerTopicEn": "Branch building",
                         "speakers": [{"kind": "TEXT", "text": "第二支部代表", "topicZh": "组织生活"},
                                      {"kind": "LECTURER", "lecturerId": %d}]}
                        """.formatted(seed.lecturer)))
                .hasStatus(201);
        assertThat(post("/api/v1/courses/" + id + "/agenda", """
                        {"type": "HOMEWORK", "day": "2031-03-19", "startsAt": "09:00", "endsAt": "17:00",
                         "titleZh": "学习心得", "titleEn": "Study summary", "mandatory": true}
                        """)).hasStatus(201);

        String zh = text("/courses/" + id + "/agenda.pdf").replaceAll("\\s+", " ");
        assertThat(zh)
                .contains("主持：陈力")
                .contains("第一支部代表")
                .contains("题目：支部建设")
                .contains("第二支部代表")
                .contains("题目：组织生活")
                .contains("截止 17:00", "学习心得");
        // a narrow cell may wrap anywhere: compare without spaces
        String en = text("/courses/" + id + "/agenda.pdf?lang=en").replaceAll("\\s+", "");
        assertThat(en).contains("Presidedby陈力").contains("Topic:Branchbuilding").contains("Due17:00");
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(as(seed.organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private String text(String uri) throws IOException {
        MvcTestResult result = mvc.get().uri(uri).with(as(seed.organiser)).exchange();
        assertThat(result).hasStatusOk();
        byte[] pdf = result.getResponse().getContentAsByteArray();
        Path file = Path.of("target", "documents", uri.replaceAll("[^A-Za-z0-9.=-]+", "_") + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
