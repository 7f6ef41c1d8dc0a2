package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planning in bulk and recording after the fact, through the pages, once in Chinese and once in English: the
 * organiser plans a two-week residential course, imports its programme of 34 items from a workbook written in the
 * page's language (preview first), copies the course to next year and enrols 40 division-level cadres chosen by rank
 * in one step (preview first); then records a one-day lecture that already took place, with its chair and its
 * audience: the course, its programme pasted, its participants pasted, recorded as held, everyone present but one,
 * completed. Every text checked is the message bundle's in the run's language. Both runs share one application and
 * its directory, which saves a start.
 */
class CourseSetupJourneyTests extends BrowserTest {

    /** What differs between the two runs besides the language: titles and the days, so the runs do not clash. */
    private record Run(
            Locale locale,
            String lang,
            LocalizedText course,
            LocalDate startsOn,
            LocalDate nextYear,
            LocalizedText lecture,
            LocalizedText audience,
            LocalDate lectureDay) {

        LocalizedText copyTitle() {
            return new LocalizedText(
                    course.zh() + "（" + nextYear.getYear() + "）", course.en() + " " + nextYear.getYear());
        }
    }

    private static final Run CHINESE = new Run(
            Locale.SIMPLIFIED_CHINESE,
            "zh-CN",
            new LocalizedText("中青年干部培训班", ""),
            LocalDate.of(2031, 9, 1),
            LocalDate.of(2032, 8, 30),
            new LocalizedText("第38期新疆公共管理干部培训班专题讲座", ""),
            new LocalizedText("新疆公共管理干部", ""),
            LocalDate.of(2014, 10, 21));

    private static final Run ENGLISH = new Run(
            Locale.ENGLISH,
            "en",
            new LocalizedText("中青年干部培训班（英文）", "Young and Middle-aged Cadres Training Programme"),
            LocalDate.of(2033, 9, 5),
            LocalDate.of(2034, 9, 4),
            new LocalizedText("第38期新疆公共管理干部培训班第二讲", "38th Xinjiang Public Administration Class: second lecture"),
            new LocalizedText("新疆公共管理干部", "public-administration cadres from Xinjiang"),
            LocalDate.of(2014, 10, 22));

    private static final String CHAIR = "田晓明";
    private static final String SPEAKER = "洪晓楠";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private Run run;
    private final List<String> dialogs = new ArrayList<>();

    @Test
    void inChineseAndInEnglishAProgrammeIsImportedCopiedFortyEnrolledByRankAndAPastLectureRecorded()
            throws IOException {
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
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.accept();
        });

        for (Run language : List.of(CHINESE, ENGLISH)) {
            run = language;
            page.navigate("/?lang=" + run.lang());
            long twoWeeks = importATwoWeekProgramme(school);
            long copy = copyToNextYear(twoWeeks);
            enrolFortyByRank(copy, school);
            recordAPastLectureAfterwards(school);
        }
    }

    private long importATwoWeekProgramme(long school) throws IOException {
        long twoWeeks = planCourse(school);
        page.navigate("/courses/" + twoWeeks + "/programme/import");
        page.locator("#file").setInputFiles(new FilePayload("programme.xlsx", "application/octet-stream", programme()));
        page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                .click();
        assertThat(page.locator("main")).containsText(text("course.import.previewHeading", 34));
        screenshot("import-preview-" + run.lang());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/courses/" + twoWeeks);
        assertThat(items(twoWeeks)).isEqualTo(34);
        assertThat(page.locator(".programme-day")).hasCount(12);
        screenshot("imported-" + run.lang());
        return twoWeeks;
    }

    private long copyToNextYear(long source) {
        page.navigate("/courses/" + source + "/copy");
        page.locator("#copyTitleZh").fill(run.copyTitle().zh());
        if (!run.course().en().isEmpty()) {
            page.locator("#copyTitleEn").fill(run.copyTitle().en());
        }
        page.locator("#copyStartsOn").fill(run.nextYear().toString());
        assertThat(page.locator("#copyTitleZh + .length-counter"))
                .hasText(counter(run.copyTitle().zh().length(), 300));
        screenshot("copy-form-" + run.lang());
        page.locator("form[action$='/copy'] button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+$") && !url.endsWith("/courses/" + source));
        assertThat(page.locator("main h1")).hasText(run.copyTitle().in(run.locale()));
        assertThat(page.locator(".alert-success")).containsText(text("course.copy.done"));
        long copy = idInUrl();
        assertThat(items(copy)).isEqualTo(34);
        assertThat(jdbc.sql("select min(day) from agenda_item where course_id = ?")
                        .param(copy)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(run.nextYear());
        screenshot("copy-" + run.lang());
        return copy;
    }

    private void enrolFortyByRank(long course, long school) {
        page.navigate("/courses/" + course + "/enrolment");
        page.locator("#bulk-link").click();
        page.locator("#unitId").selectOption(String.valueOf(school));
        page.locator("#rank-COUNTY").check();
        page.locator("form[method=get] button[type=submit]").click();
        assertThat(page.locator("#directory-form input[name=cadreId]:checked")).hasCount(40);
        screenshot("enrol-found-" + run.lang());
        page.locator("#directory-form button[type=submit]").click();
        assertThat(page.locator("#summary"))
                .hasText(text("enrolment.bulk.preview.summary", 40, 0, 0, text("enrolment.role.PARTICIPANT")));
        screenshot("enrol-preview-" + run.lang());
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText(text("enrolment.bulk.result.summary", 40, 0, 0));
        screenshot("enrol-result-" + run.lang());
    }

    private void recordAPastLectureAfterwards(long school) {
        page.navigate("/courses/new");
        page.locator("#titleZh").fill(run.lecture().zh());
        page.locator("#titleEn").fill(run.lecture().en());
        page.locator("#organiserUnitId").selectOption(String.valueOf(school));
        page.locator("#startsOn").fill(run.lectureDay().toString());
        page.locator("#endsOn").fill(run.lectureDay().toString());
        page.locator("#capacity").fill("40");
        page.locator("#requiredHours").fill("3");
        page.locator("#audienceZh").fill(run.audience().zh());
        page.locator("#audienceEn").fill(run.audience().en());
        page.locator("main form button.btn-primary[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+$"));
        long past = idInUrl();

        page.navigate("/courses/" + past + "/programme/import");
        page.locator("#table")
                .fill(String.join(
                                "\t",
                                text("course.import.column.DAY"),
                                text("course.import.column.TIME"),
                                text("course.import.column.TYPE"),
                                text("course.import.column.TITLE"),
                                text("course.import.column.TITLE_EN"),
                                text("course.import.column.SPEAKERS"),
                                text("course.import.column.PRESIDER"))
                        + "\n"
                        + String.join(
                                "\t",
                                run.lectureDay().toString(),
                                "8:30-11:30",
                                text("course.agenda.type.LECTURE"),
                                run.lecture().zh(),
                                run.lecture().en(),
                                SPEAKER,
                                CHAIR)
                        + "\n");
        page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                .click();
        assertThat(page.locator("main")).containsText(text("course.import.previewHeading", 1));
        assertThat(page.locator("main table tbody td").nth(4))
                .hasText(run.lecture().in(run.locale()));
        screenshot("past-import-preview-" + run.lang());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/courses/" + past);
        assertThat(page.locator(".programme-entry .agenda-type")).hasText(text("course.agenda.type.LECTURE"));
        assertThat(page.locator(".programme-entry .entry-title"))
                .containsText(run.lecture().in(run.locale()));
        assertThat(page.locator(".programme-entry .entry-presider"))
                .hasText(text("course.agenda.presider.shown", CHAIR));
        assertThat(page.locator(".programme-entry .entry-meta")).containsText(SPEAKER);
        assertThat(page.locator("dt:text-is('" + text("course.audience") + "') + dd"))
                .hasText(run.audience().in(run.locale()));

        page.navigate("/courses/" + past + "/enrolment/bulk");
        page.locator("#lines").fill("XJ-001\nXJ-002\nXJ-003");
        page.locator("form:has(#lines) button[type=submit]").click();
        page.locator("#confirm").click();
        assertThat(page.locator("#summary")).hasText(text("enrolment.bulk.result.summary", 3, 0, 0));

        page.navigate("/courses/" + past + "/afterwards");
        screenshot("afterwards-" + run.lang());
        page.locator("form:has(input[value=record-as-held]) button").click();
        page.waitForURL("**/courses/" + past);
        assertThat(lastDialog()).isEqualTo(text("course.transition.ask.RECORD_AS_HELD"));

        page.navigate("/attendance/courses/" + past + "/afterwards");
        page.locator("[name='lines[0].cadreId']").selectOption(new SelectOption().setLabel("学员3 · XJ-003"));
        page.locator("[name='lines[0].status']").selectOption("ABSENT");
        page.locator("#note").fill(text("attendance.afterwards.note") + ": " + run.lang());
        assertThat(page.locator("#note + .length-counter"))
                .hasText(counter(page.locator("#note").inputValue().length(), 1000));
        assertThat(page.locator("main")).containsText(text("attendance.afterwards.intro", 3, 1));
        page.locator("form[data-preview-form] button.btn-outline-primary[type=submit]")
                .click();
        assertThat(page.locator("main")).containsText(text("attendance.afterwards.summary", 2, 1, 0));
        screenshot("attendance-preview-" + run.lang());
        page.locator("[data-after-preview]").click();
        page.waitForURL("**/attendance/courses/" + past);
        assertThat(lastDialog()).isEqualTo(text("attendance.afterwards.confirm", 3));

        page.navigate("/courses/" + past + "/afterwards");
        page.locator("form:has(input[value=complete]) button").click();
        page.waitForURL("**/courses/" + past);
        assertThat(lastDialog()).isEqualTo(text("course.transition.ask.COMPLETE"));
        assertThat(jdbc.sql("select count(*) from course_completion where course_id = ? and completed")
                        .param(past)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(page.locator("dt:text-is('" + text("course.held.recorded") + "') + dd"))
                .hasText(Pattern.compile(String.join(
                        "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}",
                        Stream.of(text("course.held.recordedBy", "admin", "@").split("@", -1))
                                .map(part -> part.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))
                                .toList())));
        assertThat(page.locator(".course-status")).hasText(text("course.status.COMPLETED"));
        screenshot("past-course-" + run.lang());
    }

    private long planCourse(long organiser) {
        page.navigate("/courses/new");
        page.locator("#titleZh").fill(run.course().zh());
        page.locator("#titleEn").fill(run.course().en());
        page.locator("#organiserUnitId").selectOption(String.valueOf(organiser));
        page.locator("#startsOn").fill(run.startsOn().toString());
        page.locator("#endsOn").fill(run.startsOn().plusDays(11).toString());
        page.locator("#capacity").fill("40");
        page.locator("#requiredHours").fill("60");
        page.locator("main form button.btn-primary[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/courses/\\d+$"));
        return idInUrl();
    }

    /**
     * 34 items over twelve days, headed and typed in the run's language as the template is: every morning and
     * afternoon, an evening study on all days but two.
     */
    private byte[] programme() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(text("course.import.template.sheet"));
            String[] header = {"DAY", "START", "END", "TYPE", "TITLE", "SPEAKERS"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, text("course.import.column." + header[c]));
            }
            String[][] sittings = {
                {"08:30", "11:30", "LECTURE"}, {"14:30", "17:30", "GROUP_DISCUSSION"}, {"19:00", "21:00", "SELF_STUDY"}
            };
            int row = 1;
            for (LocalDate day = run.startsOn(); row <= 34; day = day.plusDays(1)) {
                for (String[] sitting : sittings) {
                    if (row <= 34 && !(sitting[0].equals("19:00") && day.getDayOfMonth() % 6 == 0)) {
                        sheet.value(row, 0, day.toString());
                        sheet.value(row, 1, sitting[0]);
                        sheet.value(row, 2, sitting[1]);
                        sheet.value(row, 3, text("course.agenda.type." + sitting[2]));
                        sheet.value(row, 4, "第" + row + "讲");
                        sheet.value(row, 5, sitting[2].equals("LECTURE") ? "讲师" + (row % 5) : "");
                        row++;
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, run.locale());
    }

    /** What length-limits.js shows under a field with a limit, in the run's language. */
    private String counter(int used, int max) {
        return text("form.length.counter").replace("{0}", String.valueOf(used)).replace("{1}", String.valueOf(max));
    }

    private String lastDialog() {
        assertThat(dialogs).as("a step that is hard to undo asks first").isNotEmpty();
        return dialogs.removeLast();
    }

    private long idInUrl() {
        return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    private int items(long course) {
        return jdbc.sql("select count(*) from agenda_item where course_id = ?")
                .param(course)
                .query(Integer.class)
                .single();
    }
}
