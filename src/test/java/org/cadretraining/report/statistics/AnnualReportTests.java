package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The annual report of the university for 2021, read back from the workbook cell by cell, in Chinese and English,
 * and its JSON form; the statistics' own workbooks hold the rows their pages count.
 */
@AccountWebTest
class AnnualReportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreditLedger ledger;

    StatisticsWorld world;

    @BeforeEach
    void twoRealCourses() {
        world = new StatisticsWorld(directory, jdbc, ledger);
    }

    @Test
    void theUniversitysAnnualReportCountsEachRankLevelItsCoursesAndTrainingElsewhere() throws IOException {
        List<List<String>> rows = sheet(download("zh", world.liaison), 0);
        assertThat(rows.getFirst().getFirst()).isEqualTo("2021 年度干部教育培训情况统计（周口师范学院" + world.prefix + "）");
        assertThat(row(rows, "干部人数")).startsWith("职级", "干部人数", "参训人数", "学时", "人均学时", "达到学时要求人数");
        assertThat(row(rows, "省部级")).startsWith("省部级", "0", "0", "0.00", "0.00", "0", "0");
        assertThat(row(rows, "厅局级")).startsWith("厅局级", "1", "1", "20.00", "20.00");
        assertThat(row(rows, "县处级")).startsWith("县处级", "1", "1", "86.00", "86.00");
        assertThat(row(rows, "乡科级")).startsWith("乡科级", "2", "2", "176.00", "88.00", "1", "50");
        assertThat(row(rows, "科员及以下")).startsWith("科员及以下", "1", "0", "0.00", "0.00");
        assertThat(row(rows, "未定职级")).startsWith("未定职级", "1", "1", "0.00", "0.00");
        assertThat(rows.stream()
                        .filter(r -> r.getFirst().equals("合计"))
                        .findFirst()
                        .orElseThrow())
                .startsWith("合计", "6", "5", "282.00", "47.00", "1", "16");
        // courses by form: the 2021 course was full-time, five days, four trainees of the university
        assertThat(row(rows, "脱产")).containsSubsequence("脱产", "1", "4", "20", "108.00");
        assertThat(row(rows, "党性教育")).containsSubsequence("党性教育", "1", "4", "20", "108.00");
        assertThat(row(rows, "外出培训（经确认）")).startsWith("外出培训（经确认）", "2", "74.00");
        assertThat(row(rows, "网络学习")).startsWith("网络学习", "2", "100.00");
        assertThat(rows.stream().map(List::getFirst))
                .contains("说明（统计口径）")
                .anyMatch(text -> text.startsWith("达标：按 2021 年的考核周期计算"))
                .anyMatch(text -> text.startsWith("参训干部："));
    }

    @Test
    void theHeadingsFollowTheReadersLanguageAndTheFiguresAreTheJsonForms() throws Exception {
        List<List<String>> rows = sheet(download("en", world.liaison), 0);
        assertThat(rows.getFirst().getFirst()).startsWith("Cadre education and training in 2021");
        assertThat(row(rows, "Cadres")).startsWith("Rank", "Cadres", "Cadres trained", "Credit hours");
        assertThat(row(rows, "Bureau / department")).startsWith("Bureau / department", "1", "1", "20.00");
        assertThat(rows.stream().map(List::getFirst)).anyMatch(text -> text.startsWith("Meeting a requirement"));

        MvcTestResult json = mvc.get()
                .uri("/api/v1/statistics/annual-report?year=2021&lang=en")
                .with(as(world.liaison))
                .exchange();
        assertThat(json).hasStatusOk();
        assertThat(json).bodyJson().extractingPath("$.total.cadres").isEqualTo(6);
        assertThat(json).bodyJson().extractingPath("$.total.trained").isEqualTo(5);
        assertThat(json)
                .bodyJson()
                .extractingPath("$.total.meetingRequirements")
                .isEqualTo(1);
        assertThat(json).bodyJson().extractingPath("$.total.hoursPerCadre").isEqualTo(47.0);
        assertThat(json).bodyJson().extractingPath("$.courses.places").isEqualTo(4);
        assertThat(json).bodyJson().extractingPath("$.outside.externalHours").isEqualTo(74.0);
        assertThat(json).bodyJson().extractingPath("$.rules[0]").asString().startsWith("Scope:");
        MvcTestResult document =
                mvc.get().uri("/v3/api-docs").with(as(world.liaison)).exchange();
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/statistics'].get.summary")
                .isNotNull();
        assertThat(document)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/statistics/annual-report'].get.summary")
                .asString()
                .contains("年度干部教育培训情况统计");
        MvcTestResult statistics = mvc.get()
                .uri("/api/v1/statistics?year=2021")
                .with(as(world.liaison))
                .exchange();
        assertThat(statistics)
                .bodyJson()
                .extractingPath("$.period.courses.places")
                .isEqualTo(4);
        assertThat(statistics)
                .bodyJson()
                .extractingPath("$.yearBefore.courses.places")
                .isEqualTo(2);
    }

    @Test
    void theStatisticsWorkbooksHoldTheRowsTheirPagesCount() throws IOException {
        MvcTestResult cadres = mvc.get()
                .uri("/statistics/cadres.xlsx?year=2021&rank=SECTION")
                .with(as(world.liaison))
                .exchange();
        assertThat(cadres).hasStatusOk();
        List<List<String>> rows = sheet(cadres.getResponse().getContentAsByteArray(), 0);
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().skip(1).map(r -> r.get(1))).containsExactly("刘自富", "陈广华");
        MvcTestResult courses = mvc.get()
                .uri("/statistics/courses.xlsx?year=2021&withLeave=true")
                .with(as(world.liaison))
                .exchange();
        List<List<String>> courseRows = sheet(courses.getResponse().getContentAsByteArray(), 0);
        assertThat(courseRows.get(1)).startsWith("基层党支部书记专题培训班 " + world.prefix);
        assertThat(courseRows.get(1)).containsSubsequence("4", "20", "108.00");
        MvcTestResult tables = mvc.get()
                .uri("/statistics.xlsx?year=2021")
                .with(as(TestPrincipal.organiser()))
                .exchange();
        assertThat(tables).hasStatusOk();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(tables.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("指标", "达标情况", "按职级", "按干部类别", "按培训形式", "按培训类型", "说明");
        }
    }

    private byte[] download(String language, org.cadretraining.shared.CurrentUser user) {
        MvcTestResult result = mvc.get()
                .uri("/statistics/annual-report.xlsx?year=2021&lang=" + language)
                .with(as(user))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo(StatisticsWorkbooks.CONTENT_TYPE);
        return result.getResponse().getContentAsByteArray();
    }

    private static List<String> row(List<List<String>> rows, String first) {
        Optional<List<String>> found = rows.stream()
                .filter(r -> !r.isEmpty() && (r.getFirst().equals(first) || r.contains(first)))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    static List<List<String>> sheet(byte[] bytes, int index) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheets().toList().get(index);
            try (Stream<Row> stream = sheet.openStream()) {
                return stream.map(r -> r.stream()
                                .map(cell -> cell == null ? "" : cell.getText())
                                .toList())
                        .filter(r -> !r.isEmpty())
                        .toList();
            }
        }
    }
}
