package org.cadretraining.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class CourseDocumentsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    DocumentsFixture seed;

    @Autowired
    EnrolmentSetup enrolment;

    /** The fixture's course with Hu Xiaomei leading the team and Bai Jing taking part. */
    private long enrolledCourse() {
        long id = seed.course();
        enrolment.enrol(id, seed.huXiaomei, CourseRole.TEAM_LEADER);
        enrolment.enrol(id, seed.baiJing, CourseRole.PARTICIPANT);
        return id;
    }

    @BeforeEach
    void world() {
        seed = new DocumentsFixture(mvc, directory, sites, lecturers);
    }

    @Test
    void agendaPdfPrintsTheCourseFactsAndProgrammeInChinese() throws IOException {
        long id = seed.course();
        MvcTestResult result = get("/courses/" + id + "/agenda.pdf", seed.organiser);
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        String text = text(result);
        assertThat(text)
                .contains(DocumentsFixture.TITLE_ZH)
                .contains(DocumentsFixture.TITLE_EN)
                .contains("主办单位", "党委")
                .contains("承办机构", "中共锦州市委党校")
                .contains("2023年3月17日", "2023年3月19日", "共 3 天")
                .contains("第1天", "3月17日 星期五", "08:30–09:30", "开班式", "胡晓梅", "党委书记")
                .contains("现场教学", "辽沈战役纪念馆")
                .contains("生命献给党", "白静")
                .contains("必修", "选修");
    }

    @Test
    void agendaPdfEmbedsOnlyASubsetOfTheChineseFont() throws IOException {
        long id = seed.course();
        byte[] pdf = get("/courses/" + id + "/agenda.pdf", seed.organiser)
                .getResponse()
                .getContentAsByteArray();
        List<PDFont> fonts = fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            assertThat(font.isEmbedded()).isTrue();
        });
        assertThat(pdf.length).as("a subset keeps the file small").isLessThan(200_000);
    }

    @Test
    void agendaPdfSpeaksEnglishOnRequestAndThroughTheApi() throws IOException {
        long id = seed.course();
        // words of one cell may wrap onto several lines
        String text = text(get("/api/v1/courses/" + id + "/agenda.pdf?lang=en", seed.organiser))
                .replaceAll("\\s+", " ");
        assertThat(text)
                .contains(DocumentsFixture.TITLE_EN)
                .contains("Organiser", "Party Committee of SIT")
                .contains("Host institution", "Party School of Jinzhou Municipal Committee")
                .contains("17 March 2023", "Day 2", "Opening ceremony", "Micro-course", "Optional");
    }

    @Test
    void aDraftsAgendaIsForPlannersOnly() {
        long id = seed.draft();
        assertThat(get("/courses/" + id + "/agenda.pdf", TestPrincipal.cadre(seed.huXiaomei)))
                .hasStatus(403);
        assertThat(get("/courses/" + id + "/agenda.pdf", seed.organiser)).hasStatusOk();
        assertThat(get("/courses/" + 999_999_999, seed.organiser)).hasStatus(404);
    }

    @Test
    void anyoneSignedInTakesTheAgendaOnceTheCourseIsOpen() {
        long id = seed.course();
        assertThat(get("/courses/" + id + "/agenda.pdf", TestPrincipal.cadre(seed.huXiaomei)))
                .hasStatusOk();
    }

    @Test
    void rosterListsTheParticipantsUnderAHeader() throws IOException {
        long id = enrolledCourse();
        MvcTestResult result = get("/courses/" + id + "/roster.xlsx", seed.organiser);
        assertThat(result).hasStatusOk().hasContentType(Downloads.XLSX);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", ".xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("学员名单");
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 7; c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        assertThat(rows)
                .containsExactly(
                        List.of("序号", "工号", "姓名", "单位", "职务", "角色", "分组"),
                        List.of("1", seed.prefix + "001", "胡晓梅", "党委", "党委书记", "带队领导", ""),
                        List.of("2", seed.prefix + "002", "白静", "党委", "党委委员、组织部部长", "学员", ""));
    }

    @Test
    void signInSheetOfADayListsNamesUnitsAndPositionsWithRoomToSign() throws IOException {
        long id = enrolledCourse();
        MvcTestResult result = get("/courses/" + id + "/sign-in/2023-03-18.pdf", seed.organiser);
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(text(result))
                .contains(DocumentsFixture.TITLE_ZH, "签到表", "第2天", "3月18日")
                .contains("序号", "姓名", "单位", "职务", "签名")
                .contains("胡晓梅", "白静", "党委委员、组织部部长")
                .contains("微党课", "生命献给党");
    }

    @Test
    void signInSheetOnlyForTheCoursesDays() {
        long id = seed.course();
        assertThat(get("/courses/" + id + "/sign-in/2023-03-20.pdf", seed.organiser))
                .hasStatus(404);
    }

    @Test
    void theClassTeacherOfACourseTakesItsRosterAndSignInSheets() {
        long id = seed.course();
        enrolment.enrol(id, seed.huXiaomei, CourseRole.CLASS_TEACHER);
        var teacher = TestPrincipal.user(java.util.Set.of(Role.CLASS_TEACHER), seed.huXiaomei, null);
        assertThat(get("/courses/" + id + "/roster.xlsx", teacher)).hasStatusOk();
        assertThat(get("/courses/" + id + "/sign-in/2023-03-17.pdf", teacher)).hasStatusOk();
        assertThat(get("/api/v1/courses/" + id + "/roster.xlsx", teacher)).hasStatusOk();
    }

    @Test
    void aClassTeacherOfAnotherCourseIsRefusedTheRosterAndSignInSheets() {
        long theirs = seed.course();
        long another = seed.draft(2024);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + another + "/open-nominations")
                        .with(as(TestPrincipal.organiser())))
                .hasStatusOk();
        enrolment.enrol(theirs, seed.huXiaomei, CourseRole.CLASS_TEACHER);
        enrolment.enrol(another, seed.baiJing, CourseRole.PARTICIPANT);
        var teacher = TestPrincipal.user(java.util.Set.of(Role.CLASS_TEACHER), seed.huXiaomei, null);

        assertThat(get("/courses/" + another + "/roster.xlsx", teacher)).hasStatus(403);
        assertThat(get("/courses/" + another + "/sign-in/2023-03-17.pdf", teacher))
                .hasStatus(403);
        assertThat(get("/api/v1/courses/" + another + "/roster.xlsx", teacher))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/courses/" + another + "/sign-in/2024-03-17.pdf", teacher))
                .hasStatus(403);
        // the account's role alone, with no part in any course, opens nothing either
        var roleOnly = TestPrincipal.user(java.util.Set.of(Role.CLASS_TEACHER), null, null);
        assertThat(get("/courses/" + another + "/roster.xlsx", TestPrincipal.organiser()))
                .hasStatusOk();
        assertThat(get("/courses/" + theirs + "/roster.xlsx", roleOnly)).hasStatus(403);
    }

    @Test
    void aCadreIsRefusedTheRosterAndSignInSheetsOnPagesAndApi() {
        long id = seed.course();
        var cadre = TestPrincipal.cadre(seed.baiJing);
        assertThat(get("/courses/" + id + "/roster.xlsx", cadre)).hasStatus(403);
        assertThat(get("/courses/" + id + "/sign-in/2023-03-17.pdf", cadre)).hasStatus(403);
        assertThat(get("/api/v1/courses/" + id + "/roster.xlsx", cadre))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/courses/" + id + "/sign-in/2023-03-17.pdf", cadre))
                .hasStatus(403);
    }

    private MvcTestResult get(String uri, org.cadretraining.shared.CurrentUser user) {
        return mvc.get().uri(uri).with(as(user)).exchange();
    }

    private static String text(MvcTestResult result) throws IOException {
        keep(result);
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Leaves each document in target/documents, for a person to look at. */
    private static void keep(MvcTestResult result) throws IOException {
        String uri =
                result.getRequest().getRequestURI() + "?" + result.getRequest().getQueryString();
        Path file = Path.of("target", "documents", uri.replaceAll("[^A-Za-z0-9.=-]+", "_") + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, result.getResponse().getContentAsByteArray());
    }

    private static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }
}
