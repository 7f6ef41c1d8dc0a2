package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The course page of a university's two-day course for its counsellors (a real course) links each person to the
 * pages of the course they may open, decided by each page's own module, and to no page that would refuse them: the
 * class teacher of another course sees no attendance or photos of this one, this course's class teacher does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoursePageLinksTests {

    private static final Pattern MODULE_LINK =
            Pattern.compile("<a class=\"btn btn-outline-primary\" data-module-link href=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    JdbcClient jdbc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;
    CurrentUser teacher;
    CurrentUser trainee;
    CurrentUser otherCoursesTeacher;

    @BeforeEach
    void course() {
        long university = directory.registerUnit(new UnitDetails(
                prefix + "U", new LocalizedText("湖南工商大学", "HUTB"), UnitKind.PARTY_COMMITTEE, null, true));
        courseId = course(university, "辅导员能力提升培训");
        long elsewhere = course(university, "新任处级干部培训");
        long teacherCadre = cadre(university, "01", "班主任");
        long traineeCadre = cadre(university, "02", "学员");
        long otherTeacherCadre = cadre(university, "03", "别班班主任");
        enrolments.enrol(courseId, teacherCadre, CourseRole.CLASS_TEACHER);
        enrolments.enrol(courseId, traineeCadre, CourseRole.PARTICIPANT);
        enrolments.enrol(elsewhere, otherTeacherCadre, CourseRole.CLASS_TEACHER);
        teacher = TestPrincipal.cadre(teacherCadre);
        trainee = TestPrincipal.cadre(traineeCadre);
        otherCoursesTeacher = TestPrincipal.user(Set.of(Role.CADRE, Role.CLASS_TEACHER), otherTeacherCadre, null);
        jdbc.sql("update course set status = 'IN_PROGRESS' where id = ?")
                .param(courseId)
                .update();
    }

    @Test
    void eachPersonSeesTheLinksOfThePagesTheyMayOpen() {
        String course = "/courses/" + courseId;
        assertThat(links(organiser))
                .containsExactly(
                        course + "/enrolment",
                        "/attendance" + course,
                        course + "/completion",
                        course + "/evaluation",
                        course + "/materials",
                        course + "/photos",
                        course + "/archive");
        assertThat(links(teacher))
                .containsExactly(
                        "/attendance" + course,
                        course + "/completion",
                        course + "/evaluation",
                        course + "/materials",
                        course + "/photos",
                        course + "/archive");
        assertThat(links(trainee))
                .containsExactly(course + "/completion", course + "/evaluation", course + "/materials");
        assertThat(links(otherCoursesTeacher)).isEmpty();
    }

    @Test
    void theRosterAndSheetsAreOfferedOnlyToThoseWhoRunThisCourse() {
        String roster = "/courses/" + courseId + "/roster.xlsx";
        assertThat(page(organiser)).contains(roster);
        assertThat(page(teacher)).contains(roster);
        assertThat(page(trainee)).doesNotContain(roster).contains("/courses/" + courseId + "/agenda.pdf");
        assertThat(page(otherCoursesTeacher)).doesNotContain(roster);
        assertThat(mvc.get().uri(roster).with(as(otherCoursesTeacher))).hasStatus(403);
        assertThat(mvc.get().uri(roster).with(as(teacher))).hasStatusOk();
    }

    @Test
    void noLinkLeadsToARefusal() {
        for (CurrentUser who : List.of(organiser, teacher, trainee, otherCoursesTeacher)) {
            for (String link : links(who)) {
                MvcTestResult page = mvc.get().uri(link).with(as(who)).exchange();
                assertThat(page.getResponse().getStatus())
                        .as("%s for %s", link, who.roles())
                        .isLessThan(400);
            }
        }
        assertThat(mvc.get().uri("/attendance/courses/" + courseId).with(as(otherCoursesTeacher)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/courses/" + courseId + "/photos").with(as(otherCoursesTeacher)))
                .hasStatus(403);
    }

    private List<String> links(CurrentUser who) {
        Matcher links = MODULE_LINK.matcher(page(who));
        return links.results().map(link -> link.group(1)).toList();
    }

    private String page(CurrentUser who) {
        MvcTestResult page = mvc.get().uri("/courses/" + courseId).with(as(who)).exchange();
        assertThat(page).hasStatusOk();
        return contentOf(page);
    }

    private static String contentOf(MvcTestResult page) {
        try {
            return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long course(long unit, String title) {
        long id = idOf(ApiCalls.postJson(mvc, "/api/v1/courses", """
                {"titleZh": "%s %s", "organiserUnitId": %d,
                 "startsOn": "2024-11-14", "endsOn": "2024-11-15", "capacity": 50, "requiredHours": 12,
                 "category": "THEORY"}
                """.formatted(title, prefix, unit), organiser));
        assertThat(mvc.post().uri("/api/v1/courses/" + id + "/open-nominations").with(as(organiser)))
                .hasStatusOk();
        return id;
    }

    private long cadre(long unit, String number, String name) {
        return directory.registerCadre(
                new CadreDetails(prefix + number, name, Gender.FEMALE, unit, "辅导员", "", null, "", "", "", "", true));
    }
}
