package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * When another module (enrolment) supplies who takes part and which courses are a cadre's, its answers replace the
 * agenda-based fallbacks: here twenty participants in two groups, as the seed course had, and a cadre who only takes
 * part.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuppliedParticipantsTests {

    /** Stands in for the enrolment module. */
    static class Enrolment implements CourseParticipants, CadreCourses {

        volatile long courseId;
        volatile long participantCadreId;

        @Override
        public List<Participant> of(long courseId) {
            List<Participant> people = new ArrayList<>();
            people.add(new Participant(
                    participantCadreId,
                    "S-0001",
                    "白静",
                    new LocalizedText("组织部", "Organization Department"),
                    new LocalizedText(
                            "党委委员、组织部部长", "member of the Party committee, director of the Organization Department"),
                    new LocalizedText("学员", "Participant"),
                    "第一组"));
            IntStream.rangeClosed(2, 20)
                    .mapToObj(n -> new Participant(
                            1000 + n,
                            "S-%04d".formatted(n),
                            "示例学员" + n,
                            new LocalizedText("基础课部", "Basic Courses Department"),
                            new LocalizedText("副主任", "deputy director"),
                            new LocalizedText("学员", "Participant"),
                            n % 2 == 0 ? "第二组" : "第一组"))
                    .forEach(people::add);
            return people;
        }

        @Override
        public List<Long> coursesOf(long cadreId) {
            return cadreId == participantCadreId ? List.of(courseId) : List.of();
        }
    }

    @TestConfiguration
    static class EnrolmentModule {
        @Bean
        Enrolment enrolment() {
            return new Enrolment();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    Enrolment enrolment;

    DocumentsFixture seed;
    long courseId;

    @BeforeEach
    void world() {
        seed = new DocumentsFixture(mvc, directory, sites, lecturers);
        courseId = seed.course();
        enrolment.courseId = courseId;
        enrolment.participantCadreId = seed.baiJing;
    }

    @Test
    void rosterListsTheSuppliedParticipantsGroupByGroup() throws IOException {
        MvcTestResult result = mvc.get()
                .uri("/courses/" + courseId + "/roster.xlsx?lang=en")
                .with(as(seed.organiser))
                .exchange();
        assertThat(result).hasStatusOk();
        List<Row> rows;
        try (var workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            rows = workbook.getFirstSheet().read();
        }
        assertThat(rows).hasSize(21);
        assertThat(rows.getFirst().getCellText(2)).isEqualTo("Name");
        assertThat(rows.get(1).getCellText(2)).isEqualTo("白静");
        assertThat(rows.get(1).getCellText(3)).isEqualTo("Organization Department");
        assertThat(rows.get(1).getCellText(5)).isEqualTo("Participant");
        assertThat(rows.stream().skip(1).map(row -> row.getCellText(6)))
                .as("first group before the second")
                .isSortedAccordingTo(String::compareTo);
    }

    @Test
    void signInSheetShowsTheGroupsOfAllTwentyParticipants() throws IOException {
        MvcTestResult result = mvc.get()
                .uri("/courses/" + courseId + "/sign-in/2023-03-17.pdf")
                .with(as(seed.organiser))
                .exchange();
        assertThat(result).hasStatusOk();
        byte[] pdf = result.getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "sign-in-twenty.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("分组", "第一组", "第二组", "白静", "示例学员20", "组织部");
        }
    }

    @Test
    void aParticipantsFeedHoldsTheCoursesEnrolmentNames() throws Exception {
        MvcTestResult created = mvc.post()
                .uri("/my/calendar")
                .with(as(TestPrincipal.cadre(seed.baiJing)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        String link =
                ((String) created.getMvcResult().getFlashMap().get("newLink")).substring("http://localhost".length());
        String ics = mvc.get().uri(link).exchange().getResponse().getContentAsString();
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT))
                .hasSize(DocumentsFixture.AGENDA_ITEMS);
    }
}
