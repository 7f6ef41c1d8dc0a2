package org.cadretraining.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class PlanImportTests {

    static final String HEADER = "中文名称\t英文名称\t职级\t类别\t每单位名额\t开始月份\t结束月份\t预算\t形式\t要求\t学时\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AnnualPlans plans;

    final CurrentUser organiser = TestPrincipal.organiser();

    @Test
    void pastedRowsArePreviewedWithEveryProblemAndEnteredAllOrNone() {
        String table = HEADER
                + "基层党支部书记专题培训班\tBranch secretaries\t乡科级、科员及以下\t党务干部\t5\t5\t5\t80000\t脱产\t脱产培训\t30\n"
                + "乡村振兴专题网络培训班\t\t\t\t10\t6\t6\t12000\tONLINE\t网络学习\t12\n"
                + "\t\t处长级\t\t2\t9\t3\t-5\t脱产\t脱产培训\t6.1\n"
                + "青年干部培训班\t\t\t\t两\t3\t3\t100\t脱产\t脱产培训\t6\n";
        MvcTestResult preview = post(2051, table, "preview");
        assertThat(preview).hasStatus(400);
        assertThat(ApiCalls.body(preview))
                .contains("请填写中文名称。")
                .contains("培训对象中的职级“处长级”不存在")
                .contains("结束月份不能早于开始月份。")
                .contains("预算须为 0 至 999999999.99 元之间的金额")
                .contains("计划学时须大于 0、小于 1000")
                .contains("每单位名额须为整数。")
                .doesNotContain("plan-import-run");
        // importing anyway writes nothing
        assertThat(post(2051, table, "import")).hasStatus(400);
        assertThat(plans.items(2051, organiser)).isEmpty();

        String good = table.substring(0, table.lastIndexOf("\t\t处长级"));
        MvcTestResult goodPreview = post(2051, good, "preview");
        assertThat(goodPreview).hasStatusOk();
        assertThat(ApiCalls.body(goodPreview)).contains("plan-import-run").contains("录入全部 2 行");
        assertThat(post(2051, good, "import")).hasStatus(302);
        assertThat(plans.items(2051, organiser))
                .satisfiesExactly(
                        secretaries -> {
                            assertThat(secretaries.title().zh()).isEqualTo("基层党支部书记专题培训班");
                            assertThat(secretaries.rankCodes()).containsExactly("SECTION", "STAFF");
                            assertThat(secretaries.cadreCategories()).containsExactly("党务干部");
                            assertThat(secretaries.plannedHours().value()).isEqualByComparingTo("30");
                        },
                        online -> {
                            assertThat(online.trainingForm().name()).isEqualTo("ONLINE");
                            assertThat(online.serves().name()).isEqualTo("ONLINE");
                            assertThat(online.rankCodes()).isEmpty();
                        });
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithASentenceNotAServerError() {
        MvcTestResult refused = mvc.post()
                .uri("/plan/2052/import")
                .multipart()
                .file(new MockMultipartFile(
                        "file",
                        "plan.xlsx",
                        "application/octet-stream",
                        "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .param("action", "preview")
                .with(as(organiser))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(ApiCalls.body(refused)).contains("所选文件不是 XLSX 工作簿");
        assertThat(mvc.get().uri("/plan/2052/import").with(as(TestPrincipal.liaison(1L))))
                .hasStatus(403);
    }

    private MvcTestResult post(int year, String table, String action) {
        return mvc.post()
                .uri("/plan/" + year + "/import")
                .multipart()
                .param("table", table)
                .param("action", action)
                .with(as(organiser))
                .with(csrf())
                .exchange();
    }
}
