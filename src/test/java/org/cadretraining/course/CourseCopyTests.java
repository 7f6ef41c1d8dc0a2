package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
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
 * Copying the week that Guizhou University's newly appointed officials spent at NAEA in Beijing (10–16 August 2024)
 * to next year's group, a day of it to another day, and one lecture to other days.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseCopyTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    JdbcClient jdbc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final CurrentUser organiser = TestPrincipal.organiser();
    long university;
    long lecturer;
    long courseId;
    long opening;
    long lecture;

    @BeforeEach
    void lastYearsCourse() {
        university = directory.registerUnit(new UnitDetails(
                prefix + "GZU", new LocalizedText("贵州大学", "Guizhou University"), UnitKind.PARTY_COMMITTEE, null, true));
        lecturer = lecturers.register(new LecturerDetails(null, "冉茂华" + prefix, "国家教育行政学院", "副院长", "", "", true));
        courseId = idOf(post("/api/v1/courses", """
                {"titleZh": "贵州大学新任职干部培训班 %s", "titleEn": "Training programme for newly appointed officials",
                 "organiserUnitId": %d, "startsOn": "2024-08-10", "endsOn": "2024-08-16", "capacity": 76,
                 "requiredHours": 30, "category": "THEORY"}
                """.formatted(prefix, university)));
        opening = item("""
                {"type": "OPENING_CEREMONY", "day": "2024-08-11", "startsAt": "08:30", "endsAt": "09:30",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d, "titleZh": "开班式", "mandatory": true}
                """.formatted(lecturer));
        lecture = item("""
                {"type": "LECTURE", "day": "2024-08-12", "startsAt": "09:00", "endsAt": "11:30",
                 "titleZh": "二十届三中全会精神解读", "mandatory": true}
                """);
        jdbc.sql("insert into unit_quota (course_id, unit_id, places) values (?, ?, 76)")
                .params(courseId, university)
                .update();
    }

    @Test
    void aCourseIsCopiedToNextYearWithItsAgendaMovedItsPlacesAndItsMaterials() throws Exception {
        upload(null, "培训手册");
        upload(lecture, "讲义");

        MvcTestResult copied = post("/api/v1/courses/" + courseId + "/copy", """
                {"titleZh": "贵州大学新任职干部培训班（2025） %s", "startsOn": "2025-08-09"}
                """.formatted(prefix));
        assertThat(copied).hasStatus(201);
        long copy = idOf(copied);
        assertThat(copied).bodyJson().extractingPath("$.endsOn").isEqualTo("2025-08-15");

        assertThat(jdbc.sql("select status || ' ' || title_en from course where id = ?")
                        .param(copy)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT Training programme for newly appointed officials");
        assertThat(jdbc.sql(
                                "select day || ' ' || starts_at || ' ' || type from agenda_item where course_id = ? order by day")
                        .param(copy)
                        .query(String.class)
                        .list())
                .containsExactly("2025-08-10 08:30:00 OPENING_CEREMONY", "2025-08-11 09:00:00 LECTURE");
        assertThat(jdbc.sql("select places from unit_quota where course_id = ? and unit_id = ?")
                        .params(copy, university)
                        .query(Integer.class)
                        .single())
                .isEqualTo(76);
        assertThat(jdbc.sql("""
                        select m.title || ' ' || coalesce(i.day::text, '-') || ' ' || length(c.content)
                        from course_material m join course_material_content c on c.material_id = m.id
                        left join agenda_item i on i.id = m.agenda_item_id
                        where m.course_id = ? order by m.id
                        """).param(copy).query(String.class).list())
                .containsExactly("培训手册 - " + PDF.length, "讲义 2025-08-11 " + PDF.length);
    }

    @Test
    void aDayIsCopiedToAnotherDayAndAnItemRepeatedOnOthers() {
        assertThat(post("/api/v1/courses/" + courseId + "/agenda/copy-day", """
                {"day": "2024-08-12", "to": "2024-08-13"}
                """))
                .hasStatus(201);
        assertThat(post("/api/v1/courses/" + courseId + "/agenda/" + lecture + "/repeat", """
                {"days": ["2024-08-14", "2024-08-15", "2024-08-12"]}
                """))
                .hasStatus(201);
        assertThat(jdbc.sql("select day from agenda_item where course_id = ? and type = 'LECTURE' order by day")
                        .param(courseId)
                        .query(LocalDate.class)
                        .list())
                .containsExactly(
                        LocalDate.of(2024, 8, 12),
                        LocalDate.of(2024, 8, 13),
                        LocalDate.of(2024, 8, 14),
                        LocalDate.of(2024, 8, 15));
    }

    @Test
    void aCopyThatWouldClashIsRefusedWholeNamingWhy() throws Exception {
        long other = idOf(post("/api/v1/courses", """
                {"titleZh": "另一个培训班 %s", "organiserUnitId": %d, "startsOn": "2025-08-10", "endsOn": "2025-08-10",
                 "capacity": 10, "requiredHours": 3, "category": "THEORY"}
                """.formatted(prefix, university)));
        item(other, """
                {"type": "LECTURE", "day": "2025-08-10", "startsAt": "08:00", "endsAt": "10:00",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d, "mandatory": true}
                """.formatted(lecturer));

        MvcTestResult refused = mvc.post()
                .uri("/courses/" + courseId + "/copy")
                .with(as(organiser))
                .with(csrf())
                .param("titleZh", "第二期 " + prefix)
                .param("startsOn", "2025-08-09")
                .exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("alert-danger", "value=\"第二期 " + prefix + "\"");
        assertThat(jdbc.sql("select count(*) from course where title_zh = ?")
                        .param("第二期 " + prefix)
                        .query(Integer.class)
                        .single())
                .as("nothing of the refused copy is left")
                .isZero();
    }

    @Test
    void anOverLongTitleIsRefusedWithASentenceTheInputKeptAndNothingWritten() throws Exception {
        String tooLong = "干".repeat(CourseCopier.MAX_TITLE + 1);
        MvcTestResult page = mvc.post()
                .uri("/courses/" + courseId + "/copy")
                .with(as(organiser))
                .with(csrf())
                .param("titleZh", tooLong)
                .param("startsOn", "2025-08-09")
                .exchange();
        assertThat(page).hasStatus(400);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("新培训班的中文名称最多 300 个字。", "value=\"" + tooLong + "\"", "maxlength=\"300\"");

        MvcTestResult api = mvc.post()
                .uri("/api/v1/courses/" + courseId + "/copy")
                .with(as(organiser))
                .cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleZh\": \"第二期\", \"titleEn\": \"%s\", \"startsOn\": \"2025-08-09\"}"
                        .formatted("x".repeat(CourseCopier.MAX_TITLE + 1)))
                .exchange();
        assertThat(api).hasStatus(400);
        assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("titleEn", "The new course's English title may be at most 300 characters long.");
        assertThat(jdbc.sql("select count(*) from course where title_zh in (?, '第二期')")
                        .param(tooLong)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDayIsNotCopiedOntoItselfAndTheFormSaysSo() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/courses/" + courseId + "/copy/day")
                .with(as(organiser))
                .with(csrf())
                .param("day", "2024-08-12")
                .param("to", "2024-08-12")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("请选择另一天：日程不能复制到它原来的日期。");
    }

    @Test
    void onlyPlannersCopy() {
        CurrentUser cadre = TestPrincipal.cadre();
        assertThat(mvc.get().uri("/courses/" + courseId + "/copy").with(as(cadre)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/copy")
                        .with(as(cadre))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleZh\": \"x\", \"startsOn\": \"2025-08-09\"}"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + courseId + "/agenda/" + lecture + "/repeat")
                        .with(as(cadre))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\": [\"2024-08-14\"]}"))
                .hasStatus(403);
        assertThat(jdbc.sql("select count(*) from agenda_item where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private void upload(Long item, String title) {
        var request = multipart("/api/v1/courses/" + courseId + "/materials")
                .file(new MockMultipartFile("file", title + ".pdf", "application/pdf", PDF))
                .param("title", title);
        if (item != null) {
            request = request.param("agendaItemId", String.valueOf(item));
        }
        assertThat(mvc.perform(request.with(as(organiser)))).hasStatus(201);
    }

    private long item(String json) {
        return item(courseId, json);
    }

    private long item(long course, String json) {
        return idOf(post("/api/v1/courses/" + course + "/agenda", json));
    }

    private MvcTestResult post(String uri, String json) {
        return ApiCalls.postJson(mvc, uri, json, organiser);
    }
}
