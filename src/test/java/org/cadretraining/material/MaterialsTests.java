package org.cadretraining.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Materials of a course shaped like the 2024 Hunan University of Technology and Business training (two days of video
 * lectures in one hall, then self-study and group discussion): the programme for everyone, the slides of one lecture
 * for staff only, and a lecturer who adds files to the lecture they give and nowhere else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MaterialsTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    JdbcClient jdbc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;
    long lecturerId;
    long opening;
    long lecture;
    CurrentUser participant;
    CurrentUser lecturerAccount;
    CurrentUser outsider;

    @BeforeEach
    void course() {
        long university = directory.registerUnit(new UnitDetails(
                prefix + "HUTB",
                new LocalizedText("湖南工商大学", "Hunan University of Technology and Business"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long cadre = cadre(university, "01", "王处长");
        long lecturerCadre = cadre(university, "02", "周教授");
        long stranger = cadre(university, "03", "李老师");
        lecturerId =
                lecturers.register(new LecturerDetails(lecturerCadre, "周教授", "湖南工商大学", "教授", "三中全会精神解读", "", true));
        courseId = idOf(post("/api/v1/courses", """
                {"titleZh": "学习贯彻党的二十届三中全会精神集中培训 %s", "organiserUnitId": %d,
                 "startsOn": "2024-11-14", "endsOn": "2024-11-15", "capacity": 200, "requiredHours": 12,
                 "category": "THEORY"}
                """.formatted(prefix, university)));
        opening = idOf(post("/api/v1/courses/" + courseId + "/agenda", """
                {"type": "OPENING_CEREMONY", "day": "2024-11-14", "startsAt": "08:30", "endsAt": "09:00",
                 "titleZh": "开班式（视频）", "mandatory": true}
                """));
        lecture = idOf(post("/api/v1/courses/" + courseId + "/agenda", """
                {"type": "LECTURE", "day": "2024-11-14", "startsAt": "09:00", "endsAt": "11:30",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d,
                 "titleZh": "进一步全面深化改革推进中国式现代化", "mandatory": true}
                """.formatted(lecturerId)));
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/open-nominations")
                        .with(as(organiser)))
                .hasStatusOk();
        enrolments.enrol(courseId, cadre, CourseRole.PARTICIPANT);
        participant = TestPrincipal.cadre(cadre);
        lecturerAccount = TestPrincipal.user(Set.of(Role.LECTURER, Role.CADRE), lecturerCadre, null);
        outsider = TestPrincipal.cadre(stranger);
    }

    @Test
    void participantsSeeTheFilesMeantForThemAndStaffSeeEveryFile() throws Exception {
        long programme = upload(organiser, null, "培训日程", true, file("日程.pdf", PDF));
        long slides = upload(organiser, lecture, "讲义", false, file("slides.pdf", PDF));

        String page = page(participant);
        assertThat(page).contains("培训日程").doesNotContain("讲义");
        assertThat(mvc.get().uri(fileUri(slides)).with(as(participant))).hasStatus(404);
        MvcTestResult download =
                mvc.get().uri(fileUri(programme)).with(as(participant)).exchange();
        assertThat(download).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(page(lecturerAccount)).contains("培训日程", "讲义", "进一步全面深化改革推进中国式现代化");
    }

    @Test
    void aParticipantFindsTheMaterialsFromTheirCoursePage() throws Exception {
        upload(organiser, null, "培训日程", true, file("日程.pdf", PDF));
        MvcTestResult coursePage =
                mvc.get().uri("/courses/" + courseId).with(as(participant)).exchange();
        assertThat(coursePage).hasStatusOk();
        Element link = Jsoup.parse(coursePage.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("a[href=/courses/" + courseId + "/materials]");
        assertThat(link)
                .as("the materials link on the participant's course page")
                .isNotNull();
        assertThat(link.text()).isEqualTo("课程资料");
        assertThat(page(participant)).contains("培训日程");
    }

    @Test
    void aLecturerAddsFilesToTheItemsTheyTeachAndNowhereElse() throws Exception {
        assertThat(apiUpload(lecturerAccount, lecture)).hasStatus(201);
        MvcTestResult elsewhere = apiUpload(lecturerAccount, opening);
        assertThat(elsewhere).hasStatus(400);
        assertThat(elsewhere.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("agendaItemId", "您只能为自己授课的日程上传资料");
        assertThat(apiUpload(lecturerAccount, null)).hasStatus(400);

        long organisers = upload(organiser, null, "通知", true, file("通知.pdf", PDF));
        assertThat(mvc.delete()
                        .uri("/api/v1/courses/" + courseId + "/materials/" + organisers)
                        .with(as(lecturerAccount)))
                .hasStatus(403);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aLecturerWhoSpeaksSecondOrPresidesAddsFilesToThatItemToo() {
        long exchange = idOf(post("/api/v1/courses/" + courseId + "/agenda", """
                {"type": "GROUP_DISCUSSION", "day": "2024-11-15", "startsAt": "14:30", "endsAt": "17:30",
                 "titleZh": "分组讨论交流", "mandatory": true,
                 "speakerKind": "TEXT", "speakerText": "第一组代表",
                 "speakers": [{"kind": "LECTURER", "lecturerId": %d}]}
                """.formatted(lecturerId)));
        assertThat(apiUpload(lecturerAccount, exchange)).hasStatus(201);
    }

    @Test
    void peopleOutsideTheCourseAndParticipantsCannotAddOrSee() {
        CurrentUser liaison = TestPrincipal.liaison(1L);
        for (CurrentUser stranger : new CurrentUser[] {outsider, liaison}) {
            assertThat(mvc.get().uri("/courses/" + courseId + "/materials").with(as(stranger)))
                    .hasStatus(403);
            assertThat(mvc.get()
                            .uri("/api/v1/courses/" + courseId + "/materials")
                            .with(as(stranger)))
                    .hasStatus(403);
        }
        assertThat(apiUpload(participant, null)).hasStatus(403);
        assertThat(apiUpload(outsider, lecture)).hasStatus(403);
        assertThat(mvc.get().uri("/courses/" + courseId + "/materials")).hasStatus(302);
        assertThat(count()).isZero();
    }

    @Test
    void aRefusedFileIsExplainedNextToTheFieldTheNameIsKeptAndNothingIsWritten() throws Exception {
        MvcTestResult refused = mvc.perform(multipart("/courses/" + courseId + "/materials")
                .file(file("讲义.pdf", EXE))
                .param("title", "第一讲讲义")
                .param("agendaItemId", String.valueOf(lecture))
                .with(as(organiser))
                .with(csrf()));
        assertThat(refused).hasStatus(400);
        String html = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("文件“讲义.pdf”不是允许的类型", "is-invalid", "value=\"第一讲讲义\"");
        assertThat(count()).isZero();

        MvcTestResult english = mvc.perform(multipart("/api/v1/courses/" + courseId + "/materials")
                .file(file("notes.pdf", PDF))
                .param("title", "x".repeat(301))
                .cookie(new Cookie("lang", "en"))
                .with(as(organiser)));
        assertThat(english).hasStatus(400);
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"title\"", "The name may be at most 300 characters long.");
        assertThat(count()).isZero();
    }

    @Test
    void removingAMaterialAsksFirstAndTakesItAway() throws Exception {
        long notice = upload(organiser, null, "报到须知", true, file("报到须知.pdf", PDF));
        assertThat(page(organiser)).contains("data-confirm=\"删除资料“报到须知”？");
        assertThat(mvc.post()
                        .uri("/courses/" + courseId + "/materials/" + notice + "/delete")
                        .with(as(organiser))
                        .with(csrf()))
                .hasStatus(302);
        assertThat(page(participant)).doesNotContain("报到须知");
        assertThat(jdbc.sql("select count(*) from course_material_content")
                        .query(Long.class)
                        .single())
                .as("the bytes go with the material")
                .isEqualTo(jdbc.sql("select count(*) from course_material")
                        .query(Long.class)
                        .single());
    }

    @Test
    void anArchivedCourseKeepsItsMaterialsButTakesNoNewOnes() throws Exception {
        upload(organiser, null, "培训日程", true, file("日程.pdf", PDF));
        jdbc.sql("update course set status = 'ARCHIVED' where id = ?")
                .param(courseId)
                .update();
        assertThat(page(participant)).contains("培训日程");
        assertThat(apiUpload(organiser, null)).hasStatus(403);
    }

    private long upload(CurrentUser who, Long item, String title, boolean forParticipants, MockMultipartFile file) {
        var request = multipart("/api/v1/courses/" + courseId + "/materials")
                .file(file)
                .param("title", title)
                .param("forParticipants", String.valueOf(forParticipants));
        if (item != null) {
            request = request.param("agendaItemId", String.valueOf(item));
        }
        return idOf(mvc.perform(request.with(as(who))));
    }

    private MvcTestResult apiUpload(CurrentUser who, Long item) {
        var request = multipart("/api/v1/courses/" + courseId + "/materials").file(file("notes.pdf", PDF));
        if (item != null) {
            request = request.param("agendaItemId", String.valueOf(item));
        }
        return mvc.perform(request.with(as(who)));
    }

    private String page(CurrentUser who) throws Exception {
        MvcTestResult page = mvc.get()
                .uri("/courses/" + courseId + "/materials")
                .with(as(who))
                .exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String fileUri(long materialId) {
        return "/courses/" + courseId + "/materials/" + materialId + "/file";
    }

    private long count() {
        return jdbc.sql("select count(*) from course_material where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }

    private long cadre(long unit, String number, String name) {
        return directory.registerCadre(
                new CadreDetails(prefix + number, name, Gender.FEMALE, unit, "处长", "", null, "", "", "", "", true));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private MvcTestResult post(String uri, String json) {
        return ApiCalls.postJson(mvc, uri, json, organiser);
    }
}
