package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.organisation.CadreFinder;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The bulk enrolment pages: the form, the preview and the result, in Chinese and English, and who may use them. */
@SpringBootTest
@AutoConfigureMockMvc
class BulkEnrolmentPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentStore store;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    CadreFinder finder;

    EnrolmentFixture world;
    long course;
    long first;
    long second;
    long third;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(LocalDate.of(2032, 3, 17), LocalDate.of(2032, 3, 19), 2);
        first = world.cadre("白晶", world.schoolA, "COUNTY", "", true);
        second = world.cadre("胡晓梅", world.schoolA, "COUNTY", "", true);
        third = world.cadre("李明" + world.prefix, world.schoolB, "COUNTY", "", true);
    }

    @Test
    void theFormFindsCadresByUnitAndRankAllSelected() {
        String page = html(mvc.get()
                .uri("/courses/{id}/enrolment/bulk?find=true&unitId={u}&rank=COUNTY", course, world.schoolA)
                .with(as(world.organiser))
                .exchange());
        assertThat(page).contains("批量报名").contains("找到 2 名在职干部").contains("白晶").contains("胡晓梅");
        assertThat(page).doesNotContain("李明");
        assertThat(page).contains("name=\"cadreId\" value=\"" + first + "\"");
    }

    @Test
    void thePreviewSaysWhoIsEnrolledWhoWaitsAndWhoIsRefusedInChineseAndSavesNothing() {
        String page = html(preview(null));
        assertThat(page)
                .contains("报名预览（尚未保存）")
                .contains("将报名 2 人，将列入候补 1 人，不能报名 1 人")
                .contains("将列入候补")
                .contains("班级已满（容量 2 人），列入候补名单第 1 位")
                .contains("干部名册中没有工号或姓名为“无此人”的干部");
        assertThat(store.ofCourse(course)).isEmpty();
    }

    @Test
    void thePreviewAndResultAreInEnglishOnRequest() {
        String preview = html(preview("en"));
        assertThat(preview)
                .contains("Enrolment preview (not saved yet)")
                .contains("The course is full (capacity 2): place 1 on the waiting list")
                .contains("No cadre in the directory has the staff number or name &quot;无此人&quot;");
        String result = html(confirm(preview, "en"));
        assertThat(result)
                .contains("Enrolment result")
                .contains("2 enrolled, 1 put on the waiting list, 1 not enrolled");
    }

    @Test
    void theConfirmationWritesWhatThePreviewShowedAndTheResultNamesEachPerson() {
        String result = html(confirm(html(preview(null)), null));
        assertThat(result)
                .contains("批量报名结果")
                .contains("已报名 2 人，已列入候补 1 人，未报名 1 人")
                .contains("白晶")
                .contains("胡晓梅")
                .contains("李明")
                .contains("已列入候补");
        assertThat(store.placesTaken(course)).isEqualTo(2);
        assertThat(store.waitingList(course)).extracting(Enrolment::cadreId).containsExactly(third);
    }

    @Test
    void aConfirmationAfterAChangeShowsTheNewPreviewInsteadOfWriting() {
        String shown = html(preview(null));
        direct.enrol(course, world.cadre("王芳", world.schoolB, "", "", true), null, world.organiser);
        String again = html(confirm(shown, null));
        assertThat(again).contains("预览之后报名情况已有变化").contains("报名预览（尚未保存）").contains("将报名 1 人，将列入候补 2 人");
        assertThat(store.ofCourse(course)).hasSize(1);
    }

    @Test
    void anUploadedSpreadsheetThatIsNotOneIsRefusedOnTheFormWith400() {
        MvcTestResult refused = mvc.post()
                .uri("/courses/{id}/enrolment/bulk/preview", course)
                .multipart()
                .file(new MockMultipartFile("file", "list.xlsx", "application/octet-stream", new byte[] {1, 2, 3}))
                .param("source", "xlsx")
                .with(as(world.organiser))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(html(refused)).contains("无法读取上传的文件：请上传 .xlsx 格式的 Excel 文件");
    }

    @Test
    void anUploadedSpreadsheetIsPreviewedThenConfirmedAndTheResultNamesEachPerson() throws IOException {
        MvcTestResult preview = mvc.post()
                .uri("/courses/{id}/enrolment/bulk/preview", course)
                .multipart()
                .file(new MockMultipartFile(
                        "file",
                        "名单.xlsx",
                        "application/octet-stream",
                        list(world.staffNumber(first), "李明" + world.prefix, "无此人")))
                .param("source", "xlsx")
                .with(as(world.organiser))
                .with(csrf())
                .exchange();
        assertThat(preview).hasStatusOk();
        String shown = html(preview);
        assertThat(shown).contains("报名预览（尚未保存）", "将报名 2 人，将列入候补 0 人，不能报名 1 人").contains("干部名册中没有工号或姓名为“无此人”的干部");
        assertThat(store.ofCourse(course)).as("the preview writes nothing").isEmpty();

        String result = html(confirm(shown, null));
        assertThat(result).contains("已报名 2 人，已列入候补 0 人，未报名 1 人", "白晶", "李明" + world.prefix, "无此人");
        assertThat(store.ofCourse(course)).extracting(Enrolment::cadreId).containsExactlyInAnyOrder(first, third);
    }

    @Test
    void theDirectoryIsFilteredByCategoryAsWellAsUnitAndRank() {
        long partyWorker = world.cadre("党务干部甲", world.schoolA, "COUNTY", "党务干部", true);
        long secondPartyWorker = world.cadre("党务干部乙", world.departmentOfA, "SECTION", "党务干部", true);
        long teacher = world.cadre("教学干部丙", world.schoolA, "COUNTY", "教学科研干部", true);
        world.cadre("党务干部丁", world.schoolA, "COUNTY", "党务干部", false);

        assertThat(finder.find(new CadreFinder.Filter(world.schoolA, Set.of(), Set.of("党务干部"))))
                .extracting(CadreFinder.FoundCadre::id)
                .containsExactlyInAnyOrder(partyWorker, secondPartyWorker);
        assertThat(finder.find(new CadreFinder.Filter(world.schoolA, Set.of("COUNTY"), Set.of("党务干部"))))
                .extracting(CadreFinder.FoundCadre::id)
                .containsExactly(partyWorker);

        String page = html(mvc.get()
                .uri(
                        "/courses/{id}/enrolment/bulk?find=true&unitId={u}&rank=COUNTY&category={c}",
                        course,
                        world.schoolA,
                        "党务干部")
                .with(as(world.organiser))
                .exchange());
        assertThat(page).contains("找到 1 名在职干部", "党务干部甲", "<option value=\"党务干部\" selected=\"selected\"");
        assertThat(page).doesNotContain("党务干部乙", "党务干部丁", "教学干部丙", "白晶");
        assertThat(page).contains("name=\"cadreId\" value=\"" + partyWorker + "\"");
        assertThat(page).doesNotContain("name=\"cadreId\" value=\"" + teacher + "\"");
    }

    @Test
    void anOverLongGroupNameIsRefusedWithASentenceAndTheFieldShowsTheLimit() throws Exception {
        String tooLong = "组".repeat(StudyGroups.MAX_NAME + 1);
        MvcTestResult refused = mvc.post()
                .uri("/courses/{id}/enrolment/groups", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("name", tooLong)
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(html(refused))
                .contains("组名最多 100 个字。", "value=\"" + tooLong + "\"", "name=\"name\" maxlength=\"100\"");
        assertThat(jdbc.sql("select count(*) from study_group where course_id = ?")
                        .param(course)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theTemplateIsASpreadsheetWithTheHeadings() {
        MvcTestResult template = mvc.get()
                .uri("/courses/{id}/enrolment/bulk/template.xlsx", course)
                .with(as(world.organiser))
                .exchange();
        assertThat(template)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Wanted> rows = XlsxList.read(
                new java.io.ByteArrayInputStream(template.getResponse().getContentAsByteArray()));
        assertThat(rows).isEmpty();
    }

    @Test
    void aLiaisonSearchesOnlyTheirOwnSubtreeAndOffersNoRoleChoice() {
        String page = html(mvc.get()
                .uri("/courses/{id}/enrolment/bulk?find=true&unitId={u}&rank=COUNTY", course, world.schoolB)
                .with(as(world.liaisonA))
                .exchange());
        assertThat(page).contains("白晶").contains("胡晓梅").doesNotContain("李明");
        assertThat(page).contains("机械设计系").doesNotContain("化学工程学院").doesNotContain("name=\"role\"");
        assertThat(page).contains("只能推荐本单位及下属单位的干部");
    }

    @Test
    void aCadreMayNotUseTheBulkPages() {
        var cadre = TestPrincipal.cadre(first);
        assertThat(mvc.get().uri("/courses/{id}/enrolment/bulk", course).with(as(cadre)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/courses/{id}/enrolment/bulk/confirm", course)
                        .with(as(cadre))
                        .with(csrf())
                        .param("wanted", "|#" + first))
                .hasStatus(403);
        assertThat(store.ofCourse(course)).isEmpty();
    }

    @Test
    void aSingleEnrolmentThatGoesToTheWaitingListSaysSoInASentence() {
        store.course(course);
        for (long cadre : new long[] {first, second}) {
            mvc.post()
                    .uri("/courses/{id}/enrolment/direct", course)
                    .with(as(world.organiser))
                    .with(csrf())
                    .param("staffNumber", world.staffNumber(cadre))
                    .exchange();
        }
        MvcTestResult third = mvc.post()
                .uri("/courses/{id}/enrolment/direct", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("staffNumber", world.staffNumber(this.third))
                .exchange();
        assertThat(third).hasStatus3xxRedirection();
        assertThat(third.getMvcResult().getFlashMap().get("waitlisted"))
                .isEqualTo("李明" + world.prefix + " 已列入候补名单：班级已满（容量 2 人），候补第 1 位");
        assertThat(third.getMvcResult().getFlashMap().containsKey("notice")).isFalse();
    }

    private MvcTestResult preview(String lang) {
        var request = mvc.post()
                .uri("/courses/{id}/enrolment/bulk/preview", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("source", "paste")
                .param(
                        "lines",
                        world.staffNumber(first) + "\n" + world.staffNumber(second) + "\t李明" + world.prefix
                                + "\n\n无此人\n");
        return (lang == null ? request : request.param("lang", lang)).exchange();
    }

    private MvcTestResult confirm(String previewPage, String lang) {
        var request = mvc.post()
                .uri("/courses/{id}/enrolment/bulk/confirm", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("token", hidden(previewPage, "token").getFirst())
                .param("role", hidden(previewPage, "role").getFirst())
                .param("wanted", hidden(previewPage, "wanted").toArray(String[]::new));
        return (lang == null ? request : request.param("lang", lang)).exchange();
    }

    /** A list as organisers upload it: a heading, then one staff number or name a row. */
    private static byte[] list(String... people) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("名单");
            sheet.value(0, 0, "工号或姓名");
            for (int row = 0; row < people.length; row++) {
                sheet.value(row + 1, 0, people[row]);
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        }
        return values;
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
