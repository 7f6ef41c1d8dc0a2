package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * English pages and documents name a participant by their English name where they have one (the roster, the
 * attendance grid and badges, completion, the sign-in sheet and roster export, the certificate), and
 * Chinese ones by their Chinese name; a participant without an English name keeps their Chinese one in English.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishNamesTests {

    private static final String ENGLISH = "Zhang Wei";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    Sites sites;

    @Autowired
    Clock clock;

    @Autowired
    Certificates certificates;

    CompletionFixture w;
    long bilingual;
    long chineseOnly;

    @BeforeAll
    void completedCourse() {
        w = new CompletionFixture(directory, courses, enrolment, attendance, sites, clock);
        bilingual = directory.registerCadre(new CadreDetails(
                w.prefix + "en",
                "张伟",
                ENGLISH,
                Gender.MALE,
                w.unit,
                "副处长",
                "Deputy Director",
                null,
                "",
                "",
                "",
                "",
                true));
        enrolment.enrol(w.courseId, bilingual, CourseRole.PARTICIPANT);
        chineseOnly = w.trainee("刘洋");
        w.begin();
        w.attendsAllBut(bilingual);
        w.attendsAllBut(chineseOnly);
        w.complete();
    }

    @Test
    void englishPagesShowTheEnglishNameAndChinesePagesTheChineseOne() {
        List<String> pages = List.of(
                "/courses/" + w.courseId + "/enrolment",
                "/attendance/courses/" + w.courseId,
                "/attendance/courses/" + w.courseId + "/items/" + w.items.getFirst(),
                "/attendance/courses/" + w.courseId + "/badges",
                "/courses/" + w.courseId + "/completion");
        for (String page : pages) {
            assertThat(get(page + "?lang=en", TestPrincipal.organiser()))
                    .as(page)
                    .hasStatusOk()
                    .bodyText()
                    .contains(ENGLISH, "刘洋")
                    .doesNotContain("张伟");
            assertThat(get(page + "?lang=zh", TestPrincipal.organiser()))
                    .as(page)
                    .hasStatusOk()
                    .bodyText()
                    .contains("张伟", "刘洋")
                    .doesNotContain(ENGLISH);
        }
    }

    @Test
    void theEnglishSignInSheetAndRosterNameTheEnglishName() throws IOException {
        String sheet = pdfText(get(
                "/courses/" + w.courseId + "/sign-in/" + CompletionFixture.DAY_1 + ".pdf?lang=en",
                TestPrincipal.organiser()));
        assertThat(sheet).contains(ENGLISH, "刘洋").doesNotContain("张伟");
        assertThat(pdfText(get(
                        "/courses/" + w.courseId + "/sign-in/" + CompletionFixture.DAY_1 + ".pdf?lang=zh",
                        TestPrincipal.organiser())))
                .contains("张伟")
                .doesNotContain(ENGLISH);

        MvcTestResult roster = get("/courses/" + w.courseId + "/roster.xlsx?lang=en", TestPrincipal.organiser());
        assertThat(roster).hasStatusOk();
        try (ReadableWorkbook book = new ReadableWorkbook(
                new ByteArrayInputStream(roster.getResponse().getContentAsByteArray()))) {
            List<String> names = book.getFirstSheet().read().stream()
                    .skip(1)
                    .map(row -> row.getCellText(2))
                    .toList();
            assertThat(names).contains(ENGLISH, "刘洋").doesNotContain("张伟");
        }
    }

    @Test
    void theCertificateNamesTheHolderInEachLanguage() throws IOException {
        Certificates.Certificate certificate = certificates.ofCourse(w.courseId).stream()
                .filter(c -> c.cadreId() == bilingual)
                .findFirst()
                .orElseThrow();
        String text = pdfText(get("/certificates/" + certificate.id() + ".pdf", TestPrincipal.cadre(bilingual)));
        assertThat(text).contains("张伟", ENGLISH);
        assertThat(mvc.get()
                        .uri("/verify/" + certificate.verificationCode() + "?lang=en")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(ENGLISH)
                .doesNotContain("张伟");
    }

    private static String pdfText(MvcTestResult result) throws IOException {
        assertThat(result).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private MvcTestResult get(String uri, CurrentUser user) {
        return mvc.get().uri(uri).with(as(user)).exchange();
    }
}
