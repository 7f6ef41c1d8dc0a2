package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The paper sheet page for one weekly session of a programme that meets one day a week for three months (嘉定镇街道
 * 2017 “成长工程”培训班): last week's session recorded from its sheet, in Chinese and English, the input kept on
 * every error, the preview naming what is kept, and the item's history naming the sheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaperSheetPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    Clock clock;

    AttendanceFixture fixture;
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;
    long lastWeek;
    final List<Long> trainees = new ArrayList<>();

    @BeforeEach
    void weeklyProgramme() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        courseId = fixture.course("嘉定镇街道2017年“成长工程”培训班", today.minusDays(30), today.plusDays(60), "IN_PROGRESS");
        lastWeek = fixture.item(courseId, today.minusDays(7), "09:00", "16:30", "GROUP_DISCUSSION");
        fixture.item(courseId, today.plusDays(7), "09:00", "16:30", "GROUP_DISCUSSION");
        for (String name : List.of("顾晓东", "陆佳怡", "沈一鸣", "朱莉", "钱程", "徐静")) {
            trainees.add(fixture.trainee(courseId, name));
        }
    }

    @Test
    void theFormStartsWithEveryonePresentAndIsLinkedFromTheGridAndTheItem() throws Exception {
        String form = html(mvc.get().uri(sheetUri()).with(as(organiser)).exchange());
        assertThat(form)
                .contains("按纸质签到表记录本项考勤", "顾晓东", "徐静", "该项日程结束后即可记录")
                .contains("name=\"rows[5].cadreId\" value=\"" + trainees.get(5) + "\"")
                .doesNotContain("id=\"sheet-preview\"");
        assertThat(countOf(form.replaceAll("\\s+", " "), "<option value=\"PRESENT\" selected=\"selected\""))
                .isEqualTo(6);

        String grid = html(mvc.get()
                .uri("/attendance/courses/" + courseId)
                .with(as(organiser))
                .exchange());
        assertThat(grid).contains("/attendance/courses/" + courseId + "/items/" + lastWeek + "/sheet");
        String item = html(mvc.get()
                .uri("/attendance/courses/" + courseId + "/items/" + lastWeek)
                .with(as(organiser))
                .exchange());
        assertThat(item).contains("id=\"sheet-link\"");
    }

    @Test
    void aLineWithoutItsTimeIsExplainedNextToItsRowAndTheInputIsKept() throws Exception {
        MvcTestResult refused = mvc.perform(post(sheetUri() + "/preview", "纸质签到表 上周六", "zh")
                .param("rows[1].status", "LATE")
                .param("rows[3].status", "ABSENT"));
        assertThat(refused).hasStatus(400);
        assertThat(html(refused))
                .contains("请填写该日程 09:00–16:30 之间的时间")
                .containsPattern("<option value=\"LATE\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"ABSENT\"\\s+selected=\"selected\"")
                .contains("纸质签到表 上周六")
                .doesNotContain("data-after-preview");

        MvcTestResult english = mvc.perform(post(sheetUri() + "/preview", "paper sheet", "en")
                .param("rows[1].status", "LEFT_EARLY")
                .param("rows[1].at", "17:00"));
        assertThat(english).hasStatus(400);
        assertThat(html(english))
                .contains("Record this item from its paper sign-in sheet", "Give a time between 09:00 and 16:30")
                .contains("value=\"17:00\"");
        assertThat(overrides()).isZero();
    }

    @Test
    void recordingWithoutANoteIsRefusedWithTheInputKept() throws Exception {
        MvcTestResult refused = mvc.perform(post(sheetUri(), "", "zh").param("rows[2].status", "ON_LEAVE"));
        assertThat(refused).hasStatus(400);
        assertThat(html(refused))
                .contains("请填写补录说明")
                .containsPattern("<option value=\"ON_LEAVE\"\\s+selected=\"selected\"");
        MvcTestResult english = mvc.perform(post(sheetUri(), " ", "en").param("rows[2].status", "ON_LEAVE"));
        assertThat(html(english)).contains("Write a note on this record.");
        assertThat(overrides()).isZero();
    }

    @Test
    void thePreviewAsksForTheNoteBesideItsFieldAndOffersNothingToWriteWithoutIt() throws Exception {
        MvcTestResult asked =
                mvc.perform(post(sheetUri() + "/preview", " ", "zh").param("rows[3].status", "ABSENT"));
        assertThat(asked).hasStatus(400);
        assertThat(html(asked))
                .contains("请填写补录说明")
                .containsPattern("<option value=\"ABSENT\"\\s+selected=\"selected\"")
                .doesNotContain("data-after-preview");
        MvcTestResult noted =
                mvc.perform(post(sheetUri() + "/preview", "纸质签到表", "zh").param("rows[3].status", "ABSENT"));
        assertThat(noted).hasStatus(200);
        assertThat(html(noted)).contains("data-after-preview").doesNotContain("请填写补录说明");
        assertThat(overrides()).isZero();
    }

    @Test
    void thePreviewCountsTheCellsAndNamesTheKeptOnesThenTheConfirmationWritesThemAndTheHistorySaysSo()
            throws Exception {
        jdbc.sql("""
                        insert into attendance_override (agenda_item_id, cadre_id, status, reason, decided_by, decided_at)
                        values (?, ?, 'PRESENT', '补签', 'earlier', now())
                        """).params(lastWeek, trainees.get(0)).update();
        MvcTestResult preview = mvc.perform(post(sheetUri() + "/preview", "纸质签到表 上周六", "zh")
                .param("rows[3].status", "ABSENT")
                .param("rows[4].status", "LATE")
                .param("rows[4].at", "09:20"));
        assertThat(preview).hasStatusOk();
        assertThat(html(preview))
                .contains("将写入 5 项次：出勤 3 项次，例外 2 项次；已有记录 1 项次保持不变。")
                .contains("保留已有记录的学员：", "朱莉：缺勤", "钱程：迟到 09:20")
                .contains("data-after-preview", "data-confirm=\"将按纸质签到表写入本项 5 项次考勤");
        MvcTestResult englishPreview =
                mvc.perform(post(sheetUri() + "/preview", "paper sheet", "en").param("rows[3].status", "ABSENT"));
        assertThat(html(englishPreview)).contains("5 cells will be written: 4 present, 1 as an exception");
        assertThat(overrides()).as("only the decision made before").isEqualTo(1);

        assertThat(mvc.perform(post(sheetUri(), "纸质签到表 上周六", "zh")
                        .param("rows[3].status", "ABSENT")
                        .param("rows[4].status", "LATE")
                        .param("rows[4].at", "09:20")))
                .hasStatus(302)
                .hasRedirectedUrl("/attendance/courses/" + courseId);
        assertThat(overrides()).isEqualTo(1 + 4);

        String item = html(mvc.get()
                .uri("/attendance/courses/" + courseId + "/items/" + lastWeek)
                .with(as(organiser))
                .exchange());
        assertThat(item).contains("纸质签到表（整项记录）", "纸质签到表 上周六");
        String itemEn = html(mvc.get()
                .uri("/attendance/courses/" + courseId + "/items/" + lastWeek)
                .with(as(organiser))
                .cookie(new Cookie("lang", "en"))
                .exchange());
        assertThat(itemEn).contains("Paper sign-in sheet (whole item)");
    }

    @Test
    void unreadableInputIsABadRequestNeverAServerError() throws Exception {
        for (String[] field : List.of(
                new String[] {"rows[abc].status", "ABSENT"},
                new String[] {"rows[99999].status", "ABSENT"},
                new String[] {"rows[-1].status", "ABSENT"},
                new String[] {"rows[0].cadreId", "\u0000x"},
                new String[] {"rows[0].at", "25:99"})) {
            MvcTestResult result =
                    mvc.perform(post(sheetUri() + "/preview", "x", "zh").param(field[0], field[1]));
            assertThat(result.getResponse().getStatus())
                    .as(field[0] + "=" + field[1])
                    .isBetween(200, 499);
            if (field[0].equals("rows[abc].status")) {
                assertThat(html(result)).contains("纸质签到表表单中有无法读取的行");
            }
        }
        MvcTestResult late = mvc.perform(post(sheetUri() + "/preview", "x", "zh")
                .param("rows[2].status", "LATE")
                .param("rows[2].at", "25:99"));
        assertThat(late).hasStatus(400);
        assertThat(html(late)).contains("请填写该日程 09:00–16:30 之间的时间");
        MvcTestResult unknown = mvc.perform(post(sheetUri(), "x", "zh").param("rows[2].status", "PRESENTISH"));
        assertThat(unknown).hasStatus(400);
        assertThat(html(unknown)).contains("请选择情况");
        assertThat(overrides()).isZero();
    }

    private String sheetUri() {
        return "/attendance/courses/" + courseId + "/items/" + lastWeek + "/sheet";
    }

    private MockHttpServletRequestBuilder post(String uri, String note, String lang) {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri)
                        .with(as(organiser))
                        .with(csrf())
                        .cookie(new Cookie("lang", lang))
                        .param("note", note);
        for (int i = 0; i < trainees.size(); i++) {
            request.param("rows[" + i + "].cadreId", String.valueOf(trainees.get(i)));
        }
        return request;
    }

    private int overrides() {
        return jdbc.sql("select count(*) from attendance_override where agenda_item_id = ?")
                .param(lastWeek)
                .query(Integer.class)
                .single();
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
