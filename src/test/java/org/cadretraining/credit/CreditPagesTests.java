package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.support.TestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class CreditPagesTests extends CreditWorldTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aCadreSeesTheirProgressAndTheExplainedEntriesButNotSomeoneElsesLedger() throws Exception {
        long cadre = world.cadre("王芳", world.schoolA, "SECTION");
        long other = world.cadre("李明", world.schoolA, "SECTION");
        world.earn(cadre, LocalDate.of(year, 3, 19), CreditCategory.FULL_TIME, "45");

        String page = body(mvc.get().uri("/my/credit").with(as(TestPrincipal.cadre(cadre))));

        assertThat(page)
                .contains("王芳")
                .contains("已修 45.00 / 应修 90.00 学时")
                .contains("还差 45.00 学时")
                .contains("width: 50%")
                .contains("专题讲座 45 学时");
        assertThat(mvc.get().uri("/credit/cadres/{id}", other).with(as(TestPrincipal.cadre(cadre))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/credit/cadres/{id}", cadre).with(as(world.liaisonB)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/credit/cadres/{id}", cadre).with(as(world.liaisonA)))
                .hasStatusOk();
    }

    @Test
    void theOrganiserCorrectsAnEntryOnThePageAndAMissingReasonKeepsTheInput() throws Exception {
        long cadre = world.cadre("赵敏", world.schoolA, "SECTION");
        long entry = world.earn(cadre, LocalDate.of(year, 3, 19), CreditCategory.FULL_TIME, "6");

        MvcTestResult refused = mvc.post()
                .uri("/credit/entries/{id}/correction", entry)
                .with(as(world.organiser))
                .with(csrf())
                .param("hours", "4.5")
                .param("reason", "")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("is-invalid")
                .contains("请填写更正理由")
                .contains("value=\"4.5\"");
        assertThat(mvc.post()
                        .uri("/credit/entries/{id}/correction", entry)
                        .with(as(world.liaisonA))
                        .with(csrf())
                        .param("hours", "4.5")
                        .param("reason", "理由"))
                .hasStatus(403);

        assertThat(mvc.post()
                        .uri("/credit/entries/{id}/correction", entry)
                        .with(as(world.organiser))
                        .with(csrf())
                        .param("hours", "4.5")
                        .param("reason", "下午提前离场"))
                .hasRedirectedUrl("/credit/cadres/" + cadre);
        assertThat(ledger.totalsOf(cadre))
                .singleElement()
                .extracting(YearTotals::fullTime)
                .isEqualTo(CreditHours.of("4.5"));
        assertThat(body(mvc.get().uri("/credit/cadres/{id}", cadre).with(as(world.organiser))))
                .contains("更正第 " + entry + " 号记录：下午提前离场")
                .contains("已被更正");
    }

    @Test
    void theCompliancePageIsRefusedOutsideTheLiaisonsSubtreeAndToCadres() throws Exception {
        long cadre = world.cadre("孙丽", world.departmentOfA, "SECTION");

        assertThat(body(mvc.get().uri("/credit/compliance").with(as(world.liaisonA))))
                .contains("孙丽")
                .contains("共 1 名干部未达标")
                // the units below the liaison's are indented in the drop-down by non-breaking spaces
                .containsPattern(">\u00a0\u00a0[^\u00a0<]")
                .doesNotContain("\\u00a0");
        assertThat(mvc.get().uri("/credit/compliance?unitId={u}", world.schoolB).with(as(world.liaisonA)))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/credit/compliance.xlsx?unitId={u}", world.committee)
                        .with(as(world.liaisonA)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/credit/compliance").with(as(TestPrincipal.cadre(cadre))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/credit").with(as(TestPrincipal.cadre(cadre))))
                .hasRedirectedUrl("/my/credit");
        assertThat(mvc.get().uri("/credit").with(as(world.liaisonA))).hasRedirectedUrl("/credit/compliance");
    }

    @Test
    void theExportListsEveryCadreBelowARequirementWithTheirShortfall() throws Exception {
        long county = world.cadre("县处级", world.schoolA, "COUNTY");
        world.earn(county, LocalDate.of(year - 3, 5, 1), CreditCategory.FULL_TIME, "500.25");
        world.earn(county, LocalDate.of(year, 5, 1), CreditCategory.ONLINE, "50");
        long met = world.cadre("已达标", world.schoolB, "SECTION");
        world.earn(met, LocalDate.of(year, 5, 1), CreditCategory.FULL_TIME, "90");
        world.earn(met, LocalDate.of(year, 5, 1), CreditCategory.ONLINE, "50");
        world.cadre("零学时", world.schoolB, "STAFF");

        MvcTestResult result = mvc.get()
                .uri("/credit/compliance.xlsx?unitId={u}&sort=NAME", world.committee)
                .with(as(world.organiser))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType(ComplianceExport.CONTENT_TYPE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<List<String>> rows;
            try (Stream<Row> stream = workbook.getFirstSheet().openStream()) {
                rows = stream.map(row -> row.stream()
                                .map(cell -> cell == null ? "" : cell.getText())
                                .toList())
                        .toList();
            }
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).startsWith("工号", "姓名", "单位", "要求类别", "脱产培训应修学时");
            assertThat(rows.get(1))
                    .containsExactly(
                            world.staffNumber(1),
                            "县处级",
                            "机械工程学院",
                            "县处级及以上",
                            "550.00",
                            "500.25",
                            "49.75",
                            "50.00",
                            "50.00",
                            "0.00",
                            // one day of training of the 90 that would meet the five years instead of 550 学时
                            "1",
                            "90",
                            "未达标");
            assertThat(rows.get(2)).startsWith(world.staffNumber(3), "零学时");
            assertThat(rows.get(2).subList(6, 13)).containsExactly("90.00", "50.00", "0.00", "50.00", "0", "12", "未达标");
        }
    }

    @Test
    void theAdministratorEditsTheRequirementsAndAWrongFigureKeepsTheInput() throws Exception {
        List<Requirement> before = jdbc.sql("select tier, category, hours, period_years, days from credit_requirement")
                .query((rs, n) -> new Requirement(
                        rs.getString(1),
                        CreditCategory.valueOf(rs.getString(2)),
                        CreditHours.of(rs.getBigDecimal(3)),
                        rs.getInt(4),
                        rs.getObject(5, Integer.class)))
                .list();
        assertThat(mvc.get().uri("/admin/credit/requirements").with(as(world.organiser)))
                .hasStatus(403);
        String page = body(mvc.get().uri("/admin/credit/requirements").with(as(world.administrator)));
        assertThat(page).contains("县处级及以上").contains("value=\"550.00\"");

        MvcTestResult refused = mvc.post()
                .uri("/admin/credit/requirements")
                .with(as(world.administrator))
                .with(csrf())
                .param("rows[0].tier", "COUNTY_AND_ABOVE")
                .param("rows[0].category", "FULL_TIME")
                .param("rows[0].hours", "560.1")
                .param("rows[0].periodYears", "11")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("value=\"560.1\"")
                .contains("value=\"11\"")
                .contains("学时须为不小于 0 的数")
                .contains("周期须为 1 到 10 年");
        assertThat(jdbc.sql("select count(*) from credit_requirement where hours = 560.1")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(before).hasSize(4);
    }

    @Test
    void aCadreDeclaresExternalTrainingWithEvidenceAndAFileThatIsNotOneIsRefusedOnThePage() throws Exception {
        long cadre = world.cadre("周杰", world.schoolA, "SECTION");
        var self = TestPrincipal.cadre(cadre);

        MvcTestResult refused = mvc.perform(multipart("/credit/external")
                .file(new MockMultipartFile("evidence", "证书.pdf", "application/pdf", "not a pdf".getBytes()))
                .with(as(self))
                .with(csrf())
                .param("kind", "HIGHER_LEVEL")
                .param("title", "中青班")
                .param("provider", "省委党校")
                .param("startsOn", "2026-04-01")
                .param("endsOn", "2026-04-03")
                .param("hours", "18"));
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("证明材料须为 PDF、JPG 或 PNG 文件")
                .contains("value=\"中青班\"");

        MvcTestResult declared = mvc.perform(multipart("/credit/external")
                .file(new MockMultipartFile("evidence", "证书.pdf", "application/pdf", ExternalTrainingTests.PDF))
                .with(as(self))
                .with(csrf())
                .param("kind", "HIGHER_LEVEL")
                .param("title", "中青班")
                .param("provider", "省委党校")
                .param("startsOn", "2026-04-01")
                .param("endsOn", "2026-04-03")
                .param("hours", "18"));
        assertThat(declared).hasStatus3xxRedirection();
        String location = declared.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(location + "/evidence").with(as(world.liaisonA)))
                .hasStatusOk()
                .hasContentType("application/pdf");
        assertThat(mvc.get().uri(location + "/evidence").with(as(world.liaisonB)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(location + "/approve")
                        .with(as(world.liaisonA))
                        .with(csrf()))
                .hasRedirectedUrl(location);
        assertThat(body(mvc.get().uri(location).with(as(world.organiser))))
                .contains("待组织部确认")
                .contains("组织部确认");
        MvcTestResult noReason = mvc.post()
                .uri(location + "/reject")
                .with(as(world.organiser))
                .with(csrf())
                .exchange();
        assertThat(noReason).hasStatus(400);
        assertThat(noReason.getResponse().getContentAsString()).contains("请填写退回理由");
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) {
        try {
            MvcTestResult result = request.exchange();
            assertThat(result).hasStatusOk();
            return result.getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
