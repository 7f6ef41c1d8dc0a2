package org.cadretraining.documents.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The room list: entered in bulk with a preview, written all or nothing, printed by building and room. */
@SpringBootTest
@AutoConfigureMockMvc
class RoomListTests {

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
    void previewNamesEveryBadRowByItsNumberAndConfirmWritesNothingThen() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 76);
        // participants 2.. are named from eight surnames and eight given names: 张建国 is the 2nd and the 66th
        String lines = String.join(
                "\n",
                world.staffNumber(0) + "\t1号楼\t301",
                "无此人\t1号楼\t302",
                "张建国\t1号楼\t303",
                world.staffNumber(1) + "\t\t304",
                world.staffNumber(0) + "\t1号楼\t305",
                "李晓梅\t2号楼\t201");
        MvcTestResult preview = post("/api/v1/courses/" + world.course + "/rooms/preview", lines, organiser);
        assertThat(preview).hasStatusOk();
        assertThat(preview)
                .bodyJson()
                .extractingPath("$.errors[*].row")
                .asArray()
                .containsExactly(2, 3, 4, 5);
        assertThat(preview.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("第 2 行：“无此人”不是本班学员的工号或姓名。")
                .contains("第 3 行：本班有 2 位学员名为“张建国”，请改填工号。")
                .contains("第 4 行：请为“" + world.staffNumber(1) + "”同时填写楼栋和房间。")
                .contains("第 5 行：王强已在第 1 行安排了房间");
        assertThat(preview).bodyJson().extractingPath("$.writable").isEqualTo(false);

        MvcTestResult refused = put("/api/v1/courses/" + world.course + "/rooms", lines, organiser);
        assertThat(refused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rows(get("/courses/" + world.course + "/rooms.xlsx", organiser)))
                .hasSize(1);
    }

    @Test
    void seventySixParticipantsInTwoBuildingsArePrintedByRoomWithTheirRoommates() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 76);
        List<String> lines = new ArrayList<>();
        lines.add("工号或姓名\t楼栋\t房间");
        for (int i = 0; i < 76; i++) {
            String building = i < 40 ? "1号楼" : "学员公寓2号楼";
            lines.add(world.staffNumber(i) + "\t" + building + "\t" + (i < 40 ? 101 + i / 2 : 1001 + (i - 40) / 2));
        }
        MvcTestResult saved = put("/api/v1/courses/" + world.course + "/rooms", String.join("\n", lines), organiser);
        assertThat(saved).hasStatusOk();
        assertThat(saved).bodyJson().extractingPath("$.placements.length()").isEqualTo(76);

        MvcTestResult pdf = get("/courses/" + world.course + "/rooms.pdf", organiser);
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        String text = DeskPrintsTests.text(pdf);
        assertThat(text).contains(DeskFixture.TITLE_ZH, "住宿安排表", "共 2 栋楼、38 个房间、76 人");
        assertThat(text.indexOf("1号楼")).isLessThan(text.indexOf("学员公寓2号楼"));
        assertThat(text).contains("王强", "李晓梅", "101", "1018").contains("打印时间");
        assertThat(DeskPrintsTests.text(get("/api/v1/courses/" + world.course + "/rooms.pdf?lang=en", organiser)))
                .contains("Room list", "Li Xiaomei");

        List<List<String>> rows = rows(get("/courses/" + world.course + "/rooms.xlsx", organiser));
        assertThat(rows).hasSize(77);
        assertThat(rows.get(0)).containsExactly("楼栋", "房间", "工号", "姓名", "单位", "职务", "同住人员");
        assertThat(rows.get(1))
                .containsExactly("1号楼", "101", world.staffNumber(0), "王强", DeskFixture.LONG_UNIT_ZH, "党委副书记", "李晓梅");
    }

    @Test
    void theTemplateUploadedOnThePageIsPreviewedThenConfirmed() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 6);
        MvcTestResult template = get("/courses/" + world.course + "/rooms-template.xlsx", organiser);
        assertThat(template).hasStatusOk().hasContentType(Printed.XLSX);
        assertThat(rows(template)).hasSize(7);

        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var ws = workbook.newWorksheet("rooms");
        ws.value(0, 0, "工号或姓名");
        ws.value(0, 1, "楼栋");
        ws.value(0, 2, "房间");
        ws.value(1, 0, world.staffNumber(0));
        ws.value(1, 1, "贵宾楼");
        ws.value(1, 2, 305);
        ws.value(2, 0, "李晓梅");
        ws.value(2, 1, "贵宾楼");
        ws.value(2, 2, 305);
        ws.value(3, 0, world.staffNumber(2)); // no building, no room: a day participant
        workbook.finish();

        MvcTestResult preview = mvc.post()
                .uri("/courses/" + world.course + "/rooms/preview")
                .multipart()
                .file(new MockMultipartFile("file", "rooms.xlsx", Printed.XLSX.toString(), out.toByteArray()))
                .with(as(organiser))
                .with(csrf())
                .exchange();
        assertThat(preview).hasStatusOk();
        String page = preview.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("预览（尚未保存）", "贵宾楼", "305", "确认保存");
        assertThat(rows(get("/courses/" + world.course + "/rooms.xlsx", organiser)))
                .hasSize(1);

        String confirmed = world.staffNumber(0) + "\t贵宾楼\t305\n李晓梅\t贵宾楼\t305";
        MvcTestResult saved = mvc.post()
                .uri("/courses/" + world.course + "/rooms")
                .param("lines", confirmed)
                .with(as(organiser))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        List<List<String>> rows = rows(get("/courses/" + world.course + "/rooms.xlsx", organiser));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(6)).isEqualTo("李晓梅");
        assertThat(get("/courses/" + world.course + "/rooms", organiser)
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("王强、李晓梅");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithASentenceNotAServerError() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 4);
        MvcTestResult preview = mvc.post()
                .uri("/courses/" + world.course + "/rooms/preview")
                .multipart()
                .file(new MockMultipartFile("file", "rooms.xlsx", "application/octet-stream", new byte[] {1, 2, 3, 4}))
                .with(as(organiser))
                .with(csrf())
                .exchange();
        assertThat(preview).hasStatusOk();
        assertThat(preview.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("文件无法读取");
        assertThat(post("/api/v1/courses/" + world.course + "/rooms/preview", "", organiser))
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("没有可录入的行：请粘贴至少一行“工号或姓名、楼栋、房间”。");
    }

    @Test
    void theApiTakesTheFilledInTemplateForAPreview() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 4);
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var ws = workbook.newWorksheet("rooms");
        ws.value(0, 0, "Staff number or name");
        ws.value(1, 0, world.staffNumber(1));
        ws.value(1, 1, "A");
        ws.value(1, 2, 12);
        ws.value(2, 0, "nobody");
        ws.value(2, 1, "A");
        ws.value(2, 2, 12);
        workbook.finish();
        MvcTestResult preview = mvc.post()
                .uri("/api/v1/courses/" + world.course + "/rooms/preview?lang=en")
                .multipart()
                .file(new MockMultipartFile("file", "rooms.xlsx", Printed.XLSX.toString(), out.toByteArray()))
                .with(as(organiser))
                .exchange();
        assertThat(preview).hasStatusOk();
        assertThat(preview).bodyJson().extractingPath("$.placements[0].room").isEqualTo("12");
        assertThat(preview)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Row 3: \"nobody\" is not the staff number or name of a participant of this course.");
    }

    @Test
    void thePrintsAndTheRoomListAreDescribedInTheOpenApiDocument() {
        MvcTestResult docs =
                mvc.get().uri("/v3/api-docs").with(user("api-reader")).exchange();
        assertThat(docs).hasStatusOk();
        for (String path : List.of(
                "/api/v1/courses/{id}/badges.pdf",
                "/api/v1/courses/{id}/table-cards.pdf",
                "/api/v1/courses/{id}/rooms.pdf",
                "/api/v1/courses/{id}/rooms.xlsx",
                "/api/v1/courses/{id}/rooms/preview",
                "/api/v1/courses/{id}/rooms")) {
            assertThat(docs).bodyJson().hasPath("$.paths['" + path + "']");
        }
    }

    @Test
    void aCourseWithoutRoomsPrintsThatItHasNone() throws IOException {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 4);
        assertThat(DeskPrintsTests.text(get("/courses/" + world.course + "/rooms.pdf", organiser)))
                .contains("本班没有安排住宿。");
    }

    @Test
    void aTraineeMayNotPreviewOrWriteRooms() {
        var world = new DeskFixture(directory, courses, enrolment, jdbc, 4);
        var trainee = TestPrincipal.cadre(world.participants.getFirst());
        String line = world.staffNumber(0) + "\t1号楼\t101";
        assertThat(post("/api/v1/courses/" + world.course + "/rooms/preview", line, trainee))
                .hasStatus(403);
        assertThat(put("/api/v1/courses/" + world.course + "/rooms", line, trainee))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/courses/" + world.course + "/rooms")
                        .param("lines", line)
                        .with(as(trainee))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
    }

    private MvcTestResult get(String uri, CurrentUser user) {
        return mvc.get().uri(uri).with(as(user)).exchange();
    }

    private MvcTestResult post(String uri, String lines, CurrentUser user) {
        return mvc.post()
                .uri(uri)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(lines))
                .exchange();
    }

    private MvcTestResult put(String uri, String lines, CurrentUser user) {
        return mvc.put()
                .uri(uri)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(lines))
                .exchange();
    }

    private static String json(String lines) {
        return "{\"lines\": \""
                + lines.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t") + "\"}";
    }

    private static List<List<String>> rows(MvcTestResult result) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
