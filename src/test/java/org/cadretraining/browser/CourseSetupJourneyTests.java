package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planning in bulk and recording after the fact, through the pages: the organiser plans a two-week residential
 * course, imports its programme of 34 items from a workbook (preview first), copies the course to next year and
 * enrols 40 division-level cadres chosen by rank in one step (preview first); then,
 * in English, records a one-day lecture that already took place, with its chair and its audience: the course, its
 * programme pasted, its participants pasted, recorded as held, everyone present but one, completed.
 */
class CourseSetupJourneyTests extends BrowserTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTwoWeekProgrammeIsImportedTheCourseCopiedAndAPastLectureRecordedAfterwards() throws IOException {
        long school = directory.registerUnit(new UnitDetails(
                "DUT",
                new LocalizedText("大连理工大学", "Dalian University of Technology"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        for (int i = 1; i <= 3; i++) {
            directory.registerCadre(new CadreDetails(
                    "XJ-00" + i,
                    "学员" + i,
                    Gender.MALE,
                    school,
                    "科长",
                    "Section chief",
                    "SECTION",
                    "",
                    "",
                    "",
                    "",
                    true));
        }
        for (int i = 1; i <= 40; i++) {
            directory.registerCadre(new CadreDetails(
                    "DUT-%03d".formatted(i),
                    "处级干部" + i,
                    Gender.FEMALE,
                    school,
                    "处长",
                    "Division head",
                    "COUNTY",
                    "",
                    "",
                    "",
                    "",
                    true));
        }
        signInAsAdministratorForTheFirstTime();

        long twoWeeks = planCourse("中青年干部培训班", "2031-09-01", "2031-09-12", school);
        page.navigate("/courses/" + twoWeeks + "/programme/import");
        page.locator("#file")
                .setInputFiles(
                        new FilePayload("日程.xlsx", "application/octet-stream", programme(LocalDate.of(2031, 9, 1))));
        page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                .click();
        assertThat(page.locator("main")).containsText("预览：34 项日程");
        screenshot("import-preview-zh");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/courses/" + twoWeeks);
        assertThat(items(twoWeeks)).isEqualTo(34);

        page.navigate("/courses/" + twoWeeks + "/copy");
        page.locator("#copyTitleZh").fill("中青年干部培训班（2032）");
        page.locator("#copyStartsOn").fill("2032-08-30");
        page.locator("form[action$='/copy'] button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+$") && !url.endsWith("/courses/" + twoWeeks));
        assertThat(page.locator("main")).containsText("中青年干部培训班（2032）");
        long copy = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(items(copy)).isEqualTo(34);
        assertThat(jdbc.sql("select min(day) from agenda_item where course_id = ?")
                        .param(copy)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2032, 8, 30));
        screenshot("copy-zh");

        page.navigate("/courses/" + copy + "/enrolment");
        page.locator("#bulk-link").click();
        page.locator("#unitId").selectOption(String.valueOf(school));
        page.locator("#rank-COUNTY").check();
        page.locator("form[method=get] button[type=submit]").click();
        assertThat(page.locator("#directory-form input[name=cadreId]:checked")).hasCount(40);
        page.locator("#directory-form button[type=submit]").click();
        assertThat(page.locator("#summary")).containsText("将报名 40 人，将列入候补 0 人，不能报名 0 人");
        screenshot("enrol-preview-zh");
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText("已报名 40 人，已列入候补 0 人，未报名 0 人。");

        page.navigate("/courses/new?lang=en");
        page.locator("#titleZh").fill("第38期新疆公共管理干部培训班开班典礼");
        page.locator("#titleEn").fill("38th Xinjiang Public Administration Cadres Training Class: opening");
        page.locator("#organiserUnitId").selectOption(String.valueOf(school));
        page.locator("#startsOn").fill("2014-10-21");
        page.locator("#endsOn").fill("2014-10-21");
        page.locator("#capacity").fill("40");
        page.locator("#requiredHours").fill("3");
        page.locator("#audienceZh").fill("新疆公共管理干部");
        page.locator("#audienceEn").fill("public-administration cadres from Xinjiang");
        page.locator("main form button.btn-primary[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+$"));
        long past = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator("#courseAudience")).containsText("public-administration cadres from Xinjiang");

        page.navigate("/courses/" + past + "/programme/import");
        page.locator("#table")
                .fill("Date\tTime\tType\tTitle\tSpeakers\tPresider\n"
                        + "2014-10-21\t8:30-11:30\tOpening ceremony\t开班典礼\t李成恩、洪晓楠、陈斌\t田晓明\n");
        page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                .click();
        assertThat(page.locator("main")).containsText("Preview: 1 agenda item");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/courses/" + past);
        assertThat(page.locator("main")).containsText("田晓明");

        page.navigate("/courses/" + past + "/enrolment/bulk");
        page.locator("#lines").fill("XJ-001\nXJ-002\nXJ-003");
        page.locator("form:has(#lines) button[type=submit]").click();
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText("3 enrolled, 0 put on the waiting list, 0 not enrolled.");

        page.navigate("/courses/" + past + "/afterwards");
        screenshot("afterwards-en");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("form:has(input[value=record-as-held]) button").click();
        page.navigate("/attendance/courses/" + past + "/afterwards");
        page.locator("[name='lines[0].cadreId']")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("学员3 · XJ-003"));
        page.locator("[name='lines[0].status']").selectOption("ABSENT");
        page.locator("#note").fill("From the paper sign-in sheet");
        page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                .click();
        assertThat(page.locator("main")).containsText("2 cells will be recorded present and 1 cell as an exception");
        screenshot("attendance-preview-en");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/attendance/courses/" + past);

        page.navigate("/courses/" + past + "/afterwards");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("form:has(input[value=complete]) button").click();
        page.waitForURL("**/courses/" + past);
        assertThat(jdbc.sql("select count(*) from course_completion where course_id = ? and completed")
                        .param(past)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(page.locator("main")).containsText("Entered after the course took place, by admin");
        screenshot("past-course-en");
    }

    private long planCourse(String title, String from, String to, long organiser) {
        page.navigate("/courses/new");
        page.locator("#titleZh").fill(title);
        page.locator("#organiserUnitId").selectOption(String.valueOf(organiser));
        page.locator("#startsOn").fill(from);
        page.locator("#endsOn").fill(to);
        page.locator("#capacity").fill("40");
        page.locator("#requiredHours").fill("60");
        page.locator("main form button.btn-primary[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+$"));
        return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    /** 34 items over twelve days: every morning and afternoon, an evening study on all days but two. */
    private static byte[] programme(LocalDate monday) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("日程");
            String[] header = {"日期", "开始", "结束", "类型", "标题", "主讲人"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            int row = 1;
            for (LocalDate day = monday; row <= 34; day = day.plusDays(1)) {
                String[][] sittings = {{"08:30", "11:30", "专题讲座"}, {"14:30", "17:30", "分组研讨"}, {"19:00", "21:00", "自学"}
                };
                for (String[] sitting : sittings) {
                    if (row <= 34 && !(sitting[0].equals("19:00") && day.getDayOfMonth() % 6 == 0)) {
                        sheet.value(row, 0, day.toString());
                        sheet.value(row, 1, sitting[0]);
                        sheet.value(row, 2, sitting[1]);
                        sheet.value(row, 3, sitting[2]);
                        sheet.value(row, 4, "第" + row + "讲");
                        sheet.value(row, 5, sitting[2].equals("专题讲座") ? "讲师" + (row % 5) : "");
                        row++;
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    private int items(long course) {
        return jdbc.sql("select count(*) from agenda_item where course_id = ?")
                .param(course)
                .query(Integer.class)
                .single();
    }
}
