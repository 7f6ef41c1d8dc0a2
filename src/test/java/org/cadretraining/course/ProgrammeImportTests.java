package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.TableRows;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * Programmes imported as organisers keep them: the five-day course for Party branch secretaries of Zhoukou Normal
 * University (May 2021: five lectures, a visit, small-group study, hands-on practice, a wrap-up), and a two-week
 * residential programme of 34 items.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeImportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    Sites sites;

    @Autowired
    ProgrammeTemplate template;

    @Autowired
    JdbcClient jdbc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final CurrentUser organiser = TestPrincipal.organiser();
    long university;
    long courseId;

    @BeforeEach
    void course() {
        university = directory.registerUnit(new UnitDetails(
                prefix + "ZKNU",
                new LocalizedText("周口师范学院", "Zhoukou Normal University"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        lecturers.register(new LecturerDetails(null, "彭榕" + prefix, "计算机科学与技术学院", "党委书记", "", "", true));
        sites.register(new SiteDetails(new LocalizedText("国家级样板党支部" + prefix, ""), "", SiteKind.OTHER, 60, true));
        courseId = course("基层党支部书记专题培训班", "2021-05-21", "2021-05-25");
    }

    @Test
    void aWorkbookIsPreviewedWithItsCreditHoursAndImportedWhole() throws Exception {
        byte[] workbook = workbook(List.of(
                List.of("日期", "时间", "类型", "内容", "主讲人", "地点"),
                List.of("2021-05-21", "8:30-11:30", "专题讲座", "国家级样板党支部的申报与建设", "彭榕" + prefix, ""),
                List.of("2021-05-21", "14:30-17:30", "专题讲座", "教师党支部书记工作室建设", "李芳" + prefix, ""),
                List.of("5月22日", "8:30-11:30", "现场教学", "参观国家级样板党支部", "", "国家级样板党支部" + prefix),
                List.of("5月22日", "14:30-17:30", "分组研讨", "学习十九届五中全会公报", "", "第二会议室" + prefix),
                List.of("2021/5/25", "8:30-11:30", "交流研讨", "研讨总结", "李霄" + prefix + "、陈广华" + prefix, "")));

        MvcTestResult preview = mvc.perform(multipart("/courses/" + courseId + "/programme/import/preview")
                .file(new MockMultipartFile("file", "日程.xlsx", "application/octet-stream", workbook))
                .param("addLecturers", "true")
                .param("addSites", "true")
                .with(as(organiser))
                .with(csrf()));
        assertThat(preview).hasStatusOk();
        assertThat(html(preview))
                .contains("预览：5 项日程", "导入 5 项日程")
                .contains("将加入师资库：李芳" + prefix + "、李霄" + prefix + "、陈广华" + prefix)
                .contains("将加入场地库：第二会议室" + prefix)
                .contains("3.00");
        assertThat(items()).as("a preview writes nothing").isZero();
        assertThat(lecturerCount("李芳" + prefix)).isZero();

        String carried = new String(TableRows.toText(TableRows.ofXlsx(workbook)).getBytes(), StandardCharsets.UTF_8);
        assertThat(mvc.post()
                        .uri("/courses/" + courseId + "/programme/import")
                        .with(as(organiser))
                        .with(csrf())
                        .param("table", carried)
                        .param("addLecturers", "true")
                        .param("addSites", "true"))
                .hasStatus(302);
        assertThat(items()).isEqualTo(5);
        assertThat(lecturerCount("李芳" + prefix)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from agenda_item i join lecturer l on l.id = i.speaker_lecturer_id
                        where i.course_id = ? and l.name = ?
                        """)
                        .params(courseId, "彭榕" + prefix)
                        .query(Integer.class)
                        .single())
                .as("a registered lecturer is matched by name, not added again")
                .isEqualTo(1);
    }

    @Test
    void aTwoWeekProgrammeOfThirtyFourItemsGoesInAtOnceThroughTheApi() throws Exception {
        long twoWeeks = course("中青年干部培训班", "2024-09-02", "2024-09-13");
        StringBuilder text = new StringBuilder("日期\t开始\t结束\t类型\t标题\n");
        int items = 0;
        for (LocalDate day = LocalDate.of(2024, 9, 2); items < 34; day = day.plusDays(1)) {
            String[][] sittings = {{"08:30", "11:30"}, {"14:30", "17:30"}, {"19:00", "21:00"}};
            for (String[] sitting : sittings) {
                if (items < 34
                        && !(sitting[0].equals("19:00") && (day.getDayOfMonth() == 3 || day.getDayOfMonth() == 10))) {
                    text.append("%s\t%s\t%s\t%s\t第%d讲\n".formatted(day, sitting[0], sitting[1], "讲座", ++items));
                }
            }
        }
        MvcTestResult dryRun = mvc.perform(multipart("/api/v1/courses/" + twoWeeks + "/programme")
                .param("text", text.toString())
                .param("dryRun", "true")
                .with(as(organiser)));
        assertThat(dryRun)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items.length()")
                .isEqualTo(34);
        assertThat(items(twoWeeks)).isZero();

        MvcTestResult written = mvc.perform(multipart("/api/v1/courses/" + twoWeeks + "/programme")
                .param("text", text.toString())
                .with(as(organiser)));
        assertThat(written).hasStatus(201);
        assertThat(items(twoWeeks)).isEqualTo(34);
    }

    @Test
    void everyBadRowIsNamedNothingIsWrittenAndThePastedRowsStay() throws Exception {
        String pasted = """
                日期\t开始\t结束\t类型\t标题\t主讲人
                2021-05-21\t08:30\t11:30\t讲座\t第一讲\t彭榕%1$s
                2021-05-21\t09:00\t10:00\t讲座\t同一时间\t彭榕%1$s
                2021-06-30\t08:30\t11:30\t讲座\t日期之外\t
                2021-05-22\t8点半\t11:30\t跳舞\t\t
                """.formatted(prefix);
        MvcTestResult refused = mvc.post()
                .uri("/courses/" + courseId + "/programme/import")
                .with(as(organiser))
                .with(csrf())
                .param("table", pasted)
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(html(refused))
                .contains("有 4 处问题")
                .contains("<td>3</td>", "<td>4</td>", "<td>5</td>")
                .contains("时间“8点半”无法识别", "类型“跳舞”无法识别")
                .contains("第一讲");
        assertThat(items()).isZero();

        MvcTestResult english = mvc.perform(multipart("/api/v1/courses/" + courseId + "/programme")
                .param("text", pasted)
                .cookie(new Cookie("lang", "en"))
                .with(as(organiser)));
        assertThat(english).hasStatus(400);
        assertThat(html(english)).contains("\"row\":5", "\"field\":\"TYPE\"", "The type \\\"跳舞\\\" cannot be read");
        assertThat(items()).isZero();
    }

    @Test
    void aCeremonyWithAPresiderAndSeveralSpeakersKeepsThemAll() {
        long ceremony = course("第38期新疆公共管理干部培训班", "2014-10-21", "2014-10-21");
        String text = "日期\t时间\t类型\t内容\t主讲人\t主持人\n"
                + "2014-10-21\t8:30-9:30\t开班典礼\t开班典礼\t李成恩%1$s、洪晓楠%1$s、陈斌%1$s\t田晓明%1$s\n".formatted(prefix);
        assertThat(mvc.perform(multipart("/api/v1/courses/" + ceremony + "/programme")
                        .param("text", text)
                        .param("addLecturers", "false")
                        .with(as(organiser))))
                .hasStatus(201);
        assertThat(jdbc.sql("""
                        select i.speaker_text || '|' || i.presider_text || '|'
                               || (select string_agg(s.text, '、' order by s.position) from agenda_item_speaker s
                                   where s.agenda_item = i.id)
                        from agenda_item i where i.course_id = ?
                        """).param(ceremony).query(String.class).single())
                .isEqualTo("李成恩%1$s|田晓明%1$s|洪晓楠%1$s、陈斌%1$s".formatted(prefix));
    }

    @Test
    void theTemplateIsReadBackInEitherLanguage() throws IOException {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            List<TableRows.TableRow> header = TableRows.ofXlsx(template.workbook(locale));
            List<TableRows.TableRow> rows = new java.util.ArrayList<>(header);
            rows.add(new TableRows.TableRow(
                    2, List.of("2021-05-21", "08:30", "11:30", "Lecture", "第一讲", "", "彭榕", "陈力", "", "是", "3")));
            ProgrammeSheet.Read read = ProgrammeSheet.read(rows, LocalDate.of(2021, 5, 21), LocalDate.of(2021, 5, 25));
            assertThat(read.problems()).as(locale.toString()).isEmpty();
            assertThat(read.lines().getFirst().presider()).isEqualTo("陈力");
            assertThat(read.lines().getFirst().hours()).isEqualByComparingTo("3");
        }
    }

    @Test
    void aNonWorkbookIsRefusedNextToTheFileField() throws Exception {
        MvcTestResult refused = mvc.perform(multipart("/courses/" + courseId + "/programme/import/preview")
                .file(new MockMultipartFile("file", "日程.xlsx", "application/octet-stream", "not a workbook".getBytes()))
                .with(as(organiser))
                .with(csrf()));
        assertThat(refused).hasStatus(400);
        assertThat(html(refused)).contains("所选文件不是 Excel 工作簿", "is-invalid");
    }

    @Test
    void onlyPlannersImport() {
        CurrentUser cadre = TestPrincipal.cadre();
        assertThat(mvc.get().uri("/courses/" + courseId + "/programme/import").with(as(cadre)))
                .hasStatus(403);
        assertThat(mvc.perform(multipart("/api/v1/courses/" + courseId + "/programme")
                        .param("text", "2021-05-21\t08:30\t11:30\t讲座\t第一讲")
                        .with(as(cadre))))
                .hasStatus(403);
        assertThat(items()).isZero();
    }

    private long course(String title, String from, String to) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/courses")
                .with(as(organiser))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"titleZh": "%s %s", "organiserUnitId": %d, "startsOn": "%s", "endsOn": "%s", "capacity": 120,
                         "requiredHours": 30, "category": "PARTY_SPIRIT"}
                        """.formatted(title, prefix, university, from, to))
                .exchange();
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook book = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = book.newWorksheet("日程");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        return bytes.toByteArray();
    }

    private int items() {
        return items(courseId);
    }

    private int items(long course) {
        return jdbc.sql("select count(*) from agenda_item where course_id = ?")
                .param(course)
                .query(Integer.class)
                .single();
    }

    private int lecturerCount(String name) {
        return jdbc.sql("select count(*) from lecturer where name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
