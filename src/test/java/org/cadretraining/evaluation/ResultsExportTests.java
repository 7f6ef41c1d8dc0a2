package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.TableRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The results as a workbook and a PDF hold the page's figures, under the same threshold, in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    @Autowired
    EnrolmentSetup enrolments;

    ResultsCourses courses;
    String page;

    @BeforeEach
    void courses() {
        courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        page = "/courses/" + courses.branchCourse + "/evaluation/results";
    }

    @Test
    void theWorkbookListsEveryCountAndTextAboveTheThresholdOnly() throws Exception {
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        var result = mvc.get().uri(page + ".xlsx").with(as(courses.organiser)).exchange();
        assertThat(result).hasStatusOk().hasContentType(ResultsExport.XLSX);
        List<List<String>> rows = TableRows.ofXlsx(result.getResponse().getContentAsByteArray()).stream()
                .map(TableRows.TableRow::cells)
                .toList();
        assertThat(rows.get(0).get(0)).startsWith("省直机关第四十四期、四十五期党支部书记培训班");
        assertThat(rows.get(1).get(0))
                .startsWith("统计时间：" + LocalDate.now(ZoneId.of("Asia/Shanghai")))
                .endsWith("(Asia/Shanghai)");
        assertThat(rows.get(2).get(0)).isEqualTo("共 6 份答卷");
        assertThat(rows)
                .contains(
                        List.of("课程整体", "总体满意度", "6", "4.33", "非常满意", "3"),
                        List.of("课程整体", "总体满意度", "6", "4.33", "一般", "1"),
                        List.of("课程整体", "培训时长", "6", "", "适中", "4"),
                        List.of("课程整体", "收获较大的方面", "5", "", "履职能力", "4"),
                        List.of("课程整体", "意见和建议", "2", "", "希望增加研讨时间"),
                        List.of("以党的十八大精神引领党支部建设 (田平)", "授课效果", "6", "4.5", "5 分", "3"),
                        List.of("以党的十八大精神引领党支部建设 (田平)", "对本讲的意见", "2", "", "联系实际"),
                        List.of("先进党支部经验交流 (三个先进党支部代表)", "", "3", "", "未达到 5 份，不显示"));
        assertThat(rows.stream().flatMap(List::stream)).doesNotContain("讲得透彻 ", "学员0");
    }

    @Test
    void belowTheThresholdTheExportsHoldOnlyTheCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            courses.answerBranch(i);
        }
        var workbook = mvc.get().uri(page + ".xlsx").with(as(courses.organiser)).exchange();
        List<String> cells = TableRows.ofXlsx(workbook.getResponse().getContentAsByteArray()).stream()
                .flatMap(row -> row.cells().stream())
                .toList();
        assertThat(cells).contains("已有 4 份答卷，至少需要 5 份才显示结果。").doesNotContain("总体满意度", "希望增加研讨时间");

        String pdf = pdfText(page + ".pdf", false);
        assertThat(pdf).contains("已有 4 份答卷，至少需要 5 份才显示结果。").doesNotContain("希望增加研讨时间", "总体满意度");
    }

    @Test
    void thePdfPrintsTheFiguresInTheReadersLanguage() throws Exception {
        for (int i = 0; i < 6; i++) {
            courses.answerBranch(i);
        }
        String chinese = pdfText(page + ".pdf", false);
        assertThat(chinese)
                .contains("评估结果")
                .contains("共 6 份答卷")
                .contains("总体满意度 · 6 人回答 · 平均分 4.33")
                .contains("非常满意 3 50%")
                .contains("希望增加研讨时间")
                .contains("本项平均分 4.42")
                .contains("已有 3 份回答，至少需要 5 份才显示本项结果。")
                .contains("Asia/Shanghai");
        String english = pdfText(page + ".pdf", true);
        assertThat(english)
                .contains("Evaluation results")
                .contains("Overall satisfaction · 6 answers · Mean 4.33")
                .contains("Very satisfied 3 50%")
                .contains("3 answers so far; results of this item are shown from 5 answers on.");
    }

    private String pdfText(String uri, boolean english) throws Exception {
        var request = mvc.get().uri(uri).with(as(courses.organiser));
        if (english) {
            request = request.cookie(new Cookie("lang", "en"));
        }
        var result = request.exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
