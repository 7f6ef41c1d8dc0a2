package org.cadretraining.documents.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Name badges and table cards of a course, and who may print them. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskPrintsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    JdbcClient jdbc;

    final CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void badgesPrintEveryParticipantWithUnitPositionCourseAndGroupEightToAPage() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 76);
        MvcTestResult result = get("/courses/" + world.course + "/badges.pdf", organiser);
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = pdf(result)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(10);
            assertThat(pdf.getPage(0).getMediaBox().getHeight())
                    .isGreaterThan(pdf.getPage(0).getMediaBox().getWidth());
            String text = new PDFTextStripper().getText(pdf);
            String joined = text.replaceAll("\\s+", "");
            assertThat(text).contains(DeskFixture.TITLE_ZH, "王强", "李晓梅", "党委副书记", "第一组", "第二组", "签到时出示");
            assertThat(joined).contains(DeskFixture.LONG_UNIT_ZH);
            assertThat(text).doesNotContain("Li Xiaomei");
        }
    }

    @Test
    void englishBadgesShowTheEnglishNameWhereTheCadreHasOne() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 6);
        MvcTestResult result = get("/api/v1/courses/" + world.course + "/badges.pdf?lang=en", organiser);
        assertThat(result).hasStatusOk();
        String text = text(result).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Li Xiaomei", "王强", "Deputy Party Secretary", "Show at check-in")
                .contains("Guizhou University")
                .doesNotContain("李晓梅");
    }

    @Test
    void tableCardsPrintTheNameTwiceOnAFoldedLandscapePageWithTwoCharacterNamesSpaced() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 6);
        MvcTestResult result = get("/courses/" + world.course + "/table-cards.pdf", organiser);
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = pdf(result)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 landscape").isGreaterThan(page.getHeight());
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            // the two-character name is set with a space between its characters, once upright, once upside down
            assertThat(java.util.regex.Pattern.compile("王\\P{IsHan}+强")
                            .matcher(first)
                            .results())
                    .as("upright and upside down")
                    .hasSize(2);
            assertThat(first).doesNotContain("王强");
        }
    }

    @Test
    void tableCardsForOneRoleOnly() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 6);
        try (PDDocument pdf = pdf(get("/courses/" + world.course + "/table-cards.pdf?role=班主任", organiser))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("李晓梅").doesNotContain("王");
        }
        String english =
                text(get("/courses/" + world.course + "/table-cards.pdf?role=Class teacher&lang=en", organiser));
        assertThat(english).contains("Li Xiaomei");
    }

    @Test
    void theCoursesClassTeacherPrintsButNotAClassTeacherOfAnotherCourse() {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 4);
        var ownTeacher = TestPrincipal.user(java.util.Set.of(Role.CLASS_TEACHER, Role.CADRE), world.liXiaomei, null);
        var otherTeacher = TestPrincipal.user(java.util.Set.of(Role.CLASS_TEACHER, Role.CADRE), world.wangQiang, null);
        assertThat(get("/courses/" + world.course + "/badges.pdf", ownTeacher)).hasStatusOk();
        assertThat(get("/courses/" + world.course + "/table-cards.pdf", ownTeacher))
                .hasStatusOk();
        assertThat(get("/courses/" + world.course + "/badges.pdf", otherTeacher))
                .hasStatus(403);
    }

    @Test
    void aTraineeAndAnotherUnitsLiaisonAreRefusedOnPagesAndApi() {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 4);
        var trainee = TestPrincipal.cadre(world.participants.getFirst());
        var liaison = TestPrincipal.liaison(directory.registerUnit(new org.cadretraining.organisation.UnitDetails(
                world.prefix + "X",
                new org.cadretraining.shared.LocalizedText("另一单位", "Another unit"),
                org.cadretraining.organisation.UnitKind.DEPARTMENT,
                null,
                true)));
        for (CurrentUser refused : java.util.List.of(trainee, liaison)) {
            for (String path : java.util.List.of(
                    "/badges.pdf", "/table-cards.pdf", "/rooms.pdf", "/rooms.xlsx", "/rooms-template.xlsx")) {
                assertThat(get("/courses/" + world.course + path, refused)).hasStatus(403);
                assertThat(get("/api/v1/courses/" + world.course + path, refused))
                        .hasStatus(403)
                        .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
            assertThat(get("/courses/" + world.course + "/rooms", refused)).hasStatus(403);
        }
        assertThat(get("/courses/999999999/badges.pdf", organiser)).hasStatus(404);
    }

    private MvcTestResult get(String uri, CurrentUser user) {
        return mvc.get().uri(uri).with(as(user)).exchange();
    }

    static PDDocument pdf(MvcTestResult result) {
        try {
            byte[] bytes = result.getResponse().getContentAsByteArray();
            keep(result.getRequest().getRequestURI() + "-" + result.getRequest().getQueryString(), bytes);
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Kept under target/print to be looked at (rendered to PNG) by a person. */
    static void keep(String name, byte[] bytes) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "print");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_")), bytes);
    }

    static String text(MvcTestResult result) throws IOException {
        try (PDDocument pdf = pdf(result)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
