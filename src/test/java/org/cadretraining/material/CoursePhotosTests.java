package org.cadretraining.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
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
 * The photo page of a course run by a university's Party committee: organisers add photos to any opened course, the
 * class teacher once the course runs (and removes only their own), trainees and strangers see no photo page, and a
 * file that is not a photo is refused with a sentence while nothing of the batch is kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoursePhotosTests {

    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    CoursePhotos photos;

    @Autowired
    JdbcClient jdbc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;
    CurrentUser teacher;
    CurrentUser trainee;
    CurrentUser stranger;

    @BeforeEach
    void course() {
        long university = directory.registerUnit(new UnitDetails(
                prefix + "U", new LocalizedText("湖南工商大学", "HUTB"), UnitKind.PARTY_COMMITTEE, null, true));
        courseId = idOf(ApiCalls.postJson(mvc, "/api/v1/courses", """
                {"titleZh": "辅导员能力提升培训 %s", "organiserUnitId": %d,
                 "startsOn": "2024-11-14", "endsOn": "2024-11-15", "capacity": 50, "requiredHours": 12,
                 "category": "THEORY"}
                """.formatted(prefix, university), organiser));
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/open-nominations")
                        .with(as(organiser)))
                .hasStatusOk();
        long teacherCadre = cadre(university, "01", "班主任");
        long traineeCadre = cadre(university, "02", "学员");
        enrolments.enrol(courseId, teacherCadre, CourseRole.CLASS_TEACHER);
        enrolments.enrol(courseId, traineeCadre, CourseRole.PARTICIPANT);
        teacher = TestPrincipal.cadre(teacherCadre);
        trainee = TestPrincipal.cadre(traineeCadre);
        stranger = TestPrincipal.cadre(cadre(university, "03", "旁人"));
    }

    @Test
    void organisersAddPhotosToAnOpenedCourseAndTheClassTeacherOnceItRuns() throws Exception {
        assertThat(add(organiser, "开班式", photo("开班.png"))).hasStatus3xxRedirection();
        assertThat(add(teacher, "", photo("早.png"))).hasStatus(403);
        assertThat(page(teacher)).contains("开班式").doesNotContain("id=\"photo-upload\"");

        running();
        assertThat(add(teacher, "现场教学", photo("现场.png"), photo("合影.png"))).hasStatus3xxRedirection();
        assertThat(photos.ofCourse(courseId))
                .extracting(CoursePhotos.Photo::caption)
                .containsExactly("开班式", "现场教学", "现场教学");
        assertThat(page(teacher)).contains("id=\"photo-upload\"", "现场教学");
        assertThat(photos.coursesWithPhotos()).anySatisfy(course -> {
            assertThat(course.courseId()).isEqualTo(courseId);
            assertThat(course.photos()).isEqualTo(3);
        });
    }

    @Test
    void traineesStrangersAndVisitorsSeeNoPhotoPage() {
        add(organiser, "开班式", photo("开班.png"));
        long photo = photos.ofCourse(courseId).getFirst().id();
        running();

        for (CurrentUser refused : new CurrentUser[] {trainee, stranger}) {
            assertThat(mvc.get().uri("/courses/" + courseId + "/photos").with(as(refused)))
                    .hasStatus(403);
            assertThat(mvc.get()
                            .uri("/courses/" + courseId + "/photos/" + photo)
                            .with(as(refused)))
                    .hasStatus(403);
            assertThat(add(refused, "", photo("x.png"))).hasStatus(403);
        }
        assertThat(mvc.get().uri("/courses/" + courseId + "/photos/" + photo)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/courses/" + courseId + "/photos/" + photo).with(as(teacher)))
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theClassTeacherRemovesTheirOwnPhotosAndNotTheOrganisers() {
        running();
        add(organiser, "开班式", photo("开班.png"));
        add(teacher, "分组讨论", photo("讨论.png"));
        long organisers = photos.ofCourse(courseId).get(0).id();
        long teachers = photos.ofCourse(courseId).get(1).id();

        assertThat(remove(teacher, organisers)).hasStatus(403);
        assertThat(remove(teacher, teachers)).hasStatus3xxRedirection();
        assertThat(photos.ofCourse(courseId)).extracting(CoursePhotos.Photo::id).containsExactly(organisers);
        assertThat(remove(organiser, organisers)).hasStatus3xxRedirection();
        assertThat(photos.ofCourse(courseId)).isEmpty();
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedWithASentenceAndNoPhotoOfTheBatchIsKept() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile(
                "files", "日程.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        MvcTestResult refused = add(organiser, "开班式", photo("开班.png"), pdf);

        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("文件“日程.pdf”不是照片：只接受 JPEG、PNG 或 WebP 图片。")
                .contains("value=\"开班式\"");
        assertThat(photos.ofCourse(courseId)).isEmpty();
        assertThat(add(organiser, "", new MockMultipartFile("files", "", "image/png", new byte[0])))
                .hasStatus(400)
                .bodyText()
                .contains("请选择要上传的照片。");
    }

    @Test
    void theApiListsAddsAndRemovesPhotosWithTheSameRightsAndProblemDetails() throws Exception {
        running();
        MvcTestResult added = mvc.perform(multipart("/api/v1/courses/" + courseId + "/photos")
                .file(photo("开班.png"))
                .param("caption", "开班式")
                .with(as(teacher)));
        assertThat(added)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$[0].caption")
                .isEqualTo("开班式");
        long photo = photos.ofCourse(courseId).getFirst().id();
        assertThat(mvc.get().uri("/api/v1/courses/" + courseId + "/photos").with(as(organiser)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].id")
                .isEqualTo((int) photo);
        assertThat(mvc.get().uri("/api/v1/courses/" + courseId + "/photos").with(as(trainee)))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        MvcTestResult notAPhoto = mvc.perform(multipart("/api/v1/courses/" + courseId + "/photos")
                .file(new MockMultipartFile("files", "x.exe", "image/png", new byte[] {'M', 'Z', 0, 0}))
                .with(as(organiser)));
        assertThat(notAPhoto).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(notAPhoto.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("x.exe");
        assertThat(mvc.delete()
                        .uri("/api/v1/courses/" + courseId + "/photos/" + photo)
                        .with(as(teacher)))
                .hasStatus(204);
        assertThat(photos.ofCourse(courseId)).isEmpty();
    }

    /** The course runs: the state a class teacher takes photos in (its steps are the course module's to test). */
    private void running() {
        jdbc.sql("update course set status = 'IN_PROGRESS' where id = ?")
                .param(courseId)
                .update();
    }

    private MvcTestResult add(CurrentUser who, String caption, MockMultipartFile... files) {
        var request = multipart("/courses/" + courseId + "/photos")
                .with(as(who))
                .with(csrf())
                .param("caption", caption);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request);
    }

    private MvcTestResult remove(CurrentUser who, long photoId) {
        return mvc.post()
                .uri("/courses/" + courseId + "/photos/" + photoId + "/delete")
                .with(as(who))
                .with(csrf())
                .exchange();
    }

    private String page(CurrentUser who) throws Exception {
        MvcTestResult page =
                mvc.get().uri("/courses/" + courseId + "/photos").with(as(who)).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile photo(String name) {
        return new MockMultipartFile("files", name, "image/png", PNG);
    }

    private long cadre(long unit, String number, String name) {
        return directory.registerCadre(
                new CadreDetails(prefix + number, name, Gender.FEMALE, unit, "辅导员", "", null, "", "", "", "", true));
    }
}
