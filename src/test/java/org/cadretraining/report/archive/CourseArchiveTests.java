package org.cadretraining.report.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.List;
import java.util.Locale;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.report.archive.CourseArchive.ItemTally;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The archive of two real courses of different shape shows each section with the right number of rows, the
 * attendance as the attendance module reckons it, the evaluation only from its minimum of answers; and only those
 * who run the course open it.
 */
@AccountWebTest
class CourseArchiveTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Lecturers lecturers;

    @Autowired
    CourseArchives archives;

    ArchiveWorld world;

    @BeforeEach
    void twoRealCourses() {
        world = new ArchiveWorld(directory, jdbc, lecturers);
    }

    @Test
    void theFiveDayCoursesArchiveHoldsEverySectionWithItsCount() {
        CourseArchive archive = archives.read(world.branchCourse, TestPrincipal.organiser());
        assertThat(archive.counts())
                .containsEntry("programme", 5)
                .containsEntry("changes", 1)
                .containsEntry("roster", 5)
                .containsEntry("attendance", 5)
                .containsEntry("leave", 1)
                .containsEntry("withdrawals", 1)
                .containsEntry("makeUps", 1)
                .containsEntry("decisions", 4)
                .containsEntry("evaluation", 3)
                .containsEntry("reflections", 2)
                .containsEntry("certificates", 3)
                .containsEntry("articles", 1)
                .containsEntry("materials", 2)
                .containsEntry("photos", 1);
        assertThat(archive.roster().getFirst().role()).isEqualTo("CLASS_TEACHER");
        assertThat(archive.roster())
                .filteredOn(m -> m.cadreId() == world.branchTrainees.get(3))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo("DISCONTINUED");
                    assertThat(m.group()).isEqualTo("第二组");
                });
        assertThat(archive.completedCount()).isEqualTo(3);
        assertThat(archive.makeUps()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("RECORDING");
            assertThat(m.reason()).isEqualTo("观看开班式录像");
            assertThat(m.by()).isEqualTo("organiser");
        });
        assertThat(archive.decisions().getFirst().reasons())
                .extracting(r -> r.zh())
                .containsExactly("已退学");
    }

    @Test
    void attendanceIsCountedPerItemAsTheAttendanceModuleReckonsIt() {
        CourseArchive archive = archives.read(world.branchCourse, TestPrincipal.organiser());
        ItemTally lecture = archive.attendance().getFirst();
        // 刘自富 on time, 李芳 forty minutes late, 陈广华 on leave, 李霄 absent; the class teacher is not expected
        assertThat(lecture.expected()).isEqualTo(4);
        assertThat(lecture.count("PRESENT")).isEqualTo(1);
        assertThat(lecture.count("LATE")).isEqualTo(1);
        assertThat(lecture.count("ON_LEAVE")).isEqualTo(1);
        assertThat(lecture.count("ABSENT")).isEqualTo(1);
        ItemTally wrapUp = archive.attendance().getLast();
        assertThat(wrapUp.count("PRESENT")).isEqualTo(3);
        assertThat(wrapUp.count("ABSENT")).isEqualTo(1);
        assertThat(archive.traineeAttendance()).hasSize(4);
        assertThat(archive.traineeAttendance())
                .filteredOn(t -> t.cadreId() == world.branchTrainees.get(1))
                .singleElement()
                .satisfies(t -> assertThat(t.statuses())
                        .containsExactly(
                                AttendanceStatus.ON_LEAVE,
                                AttendanceStatus.ON_LEAVE,
                                AttendanceStatus.PRESENT,
                                AttendanceStatus.PRESENT,
                                AttendanceStatus.PRESENT));
    }

    @Test
    void theEvaluationBelowItsMinimumOfAnswersShowsOnlyTheCount() throws Exception {
        CourseArchive archive = archives.read(world.branchCourse, TestPrincipal.organiser());
        assertThat(archive.evaluation().responses()).isEqualTo(3);
        assertThat(archive.evaluation().shown()).isFalse();
        assertThat(archive.evaluation().questions()).isEmpty();
        assertThat(archive.evaluation().items())
                .allSatisfy(item -> assertThat(item.mean()).isNull());
        assertThat(page(TestPrincipal.organiser(), world.branchCourse, Locale.SIMPLIFIED_CHINESE))
                .contains("收到 3 份答卷", "答卷不足 5 份")
                .doesNotContain("平均 5");
    }

    @Test
    void fromItsMinimumOfAnswersTheEvaluationShowsTheMeansOfTheCourseQuestions() throws Exception {
        new ArchiveRows(jdbc, world.prefix).responses(world.branchCourse, 2);
        CourseArchive archive = archives.read(world.branchCourse, TestPrincipal.organiser());
        assertThat(archive.evaluation().responses()).isEqualTo(5);
        assertThat(archive.evaluation().shown()).isTrue();
        assertThat(archive.evaluation().questions())
                .filteredOn(q -> q.answers() > 0)
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.question().zh()).startsWith("培训方式方法");
                    assertThat(q.mean()).isEqualByComparingTo("5");
                });
        assertThat(page(TestPrincipal.organiser(), world.branchCourse, Locale.SIMPLIFIED_CHINESE))
                .contains("收到 5 份答卷", "平均 5.00 分（5 人作答）")
                .doesNotContain("答卷不足");
    }

    @Test
    void theOpeningMorningOfTheXinjiangClassHasTwoItemsAndFortyTraineesAllPresent() {
        CourseArchive archive = archives.read(world.xinjiangCourse, TestPrincipal.organiser());
        assertThat(archive.counts())
                .containsEntry("programme", 2)
                .containsEntry("changes", 0)
                .containsEntry("roster", 40)
                .containsEntry("attendance", 2)
                .containsEntry("leave", 0)
                .containsEntry("withdrawals", 0)
                .containsEntry("makeUps", 0)
                .containsEntry("decisions", 0)
                .containsEntry("evaluation", 0)
                .containsEntry("materials", 0);
        assertThat(archive.evaluation()).isNull();
        assertThat(archive.attendance())
                .allSatisfy(t -> assertThat(t.count("PRESENT")).isEqualTo(40))
                .allSatisfy(t -> assertThat(t.expected()).isEqualTo(40));
    }

    @Test
    void thePageShowsTheSectionsInChineseAndEnglish() throws Exception {
        assertThat(page(TestPrincipal.organiser(), world.branchCourse, Locale.SIMPLIFIED_CHINESE))
                .contains("一班一档", "日程变更", "刘自富", "第一组", "退学", "无故缺课超过规定", "已退学", "讲义.pdf");
        assertThat(page(TestPrincipal.organiser(), world.branchCourse, Locale.ENGLISH))
                .contains("Course archive", "Changes to the programme", "Liu Zifu", "Withdrawn", "Build the archive");
    }

    @Test
    void theCoursesClassTeacherOpensItButNotAnotherCourses() {
        assertThat(mvc.get().uri("/courses/{id}/archive", world.branchCourse).with(as(world.classTeacher())))
                .hasStatusOk();
        assertThat(mvc.get().uri("/courses/{id}/archive", world.xinjiangCourse).with(as(world.classTeacher())))
                .hasStatus(403);
    }

    @Test
    void aTraineeALecturerAndAnotherUnitsLiaisonAreRefusedOnThePageTheApiAndTheDownload() {
        for (CurrentUser refused : List.of(world.trainee(), world.lecturer(), world.otherLiaison())) {
            assertThat(mvc.get()
                            .uri("/courses/{id}/archive", world.branchCourse)
                            .with(as(refused)))
                    .hasStatus(403);
            assertThat(mvc.get()
                            .uri("/api/v1/courses/{id}/archive", world.branchCourse)
                            .with(as(refused)))
                    .hasStatus(403)
                    .hasContentType("application/problem+json");
            assertThat(mvc.post()
                            .uri("/courses/{id}/archive/jobs", world.branchCourse)
                            .with(as(refused))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf()))
                    .hasStatus(403);
        }
        assertThat(jdbc.sql("select count(*) from report_archive_job where course_id = ?")
                        .param(world.branchCourse)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiGivesTheSectionsCountsAndNoSuchCourseIsNotFound() {
        assertThat(mvc.get()
                        .uri("/api/v1/courses/{id}/archive", world.xinjiangCourse)
                        .with(as(TestPrincipal.organiser())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.counts.roster")
                .isEqualTo(40);
        assertThat(mvc.get().uri("/api/v1/courses/{id}/archive", 987654321L).with(as(TestPrincipal.organiser())))
                .hasStatus(404);
    }

    @Test
    void anAddressThatIsNoNumberIsABadRequestNotAFailure() {
        assertThat(mvc.get().uri("/courses/abc/archive").with(as(TestPrincipal.organiser())))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/api/v1/courses/{id}/archive/jobs/x%00y", world.branchCourse)
                        .with(as(TestPrincipal.organiser())))
                .hasStatus(400);
    }

    @Test
    void theCoursePageLinksToTheArchiveForThoseWhoMayOpenItOnly() {
        assertThat(mvc.get().uri("/courses/{id}", world.branchCourse).with(as(TestPrincipal.organiser())))
                .bodyText()
                .contains("/courses/" + world.branchCourse + "/archive");
        assertThat(mvc.get().uri("/courses/{id}", world.branchCourse).with(as(world.trainee())))
                .bodyText()
                .doesNotContain("/courses/" + world.branchCourse + "/archive");
    }

    @Test
    void theCadresArchiveLinksToEachCoursesArchiveForTheOrganiser() {
        assertThat(mvc.get()
                        .uri("/cadres/{id}/archive", world.branchTrainees.get(0))
                        .with(as(TestPrincipal.organiser())))
                .bodyText()
                .contains("/courses/" + world.branchCourse + "/archive");
        assertThat(mvc.get()
                        .uri("/cadres/{id}/archive", world.branchTrainees.get(2))
                        .with(as(world.trainee())))
                .bodyText()
                .doesNotContain("/courses/" + world.branchCourse + "/archive");
    }

    private String page(CurrentUser user, long course, Locale locale) throws Exception {
        var result = mvc.get()
                .uri("/courses/{id}/archive", course)
                .param("lang", locale.getLanguage())
                .with(as(user))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
