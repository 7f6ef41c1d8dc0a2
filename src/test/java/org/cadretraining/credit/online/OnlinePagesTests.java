package org.cadretraining.credit.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The online learning pages render in both languages, and their forms answer mistakes field by field. */
@AccountWebTest
class OnlinePagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageRendersInChineseAndEnglish() throws Exception {
        assertThat(page(get("/credit/online/rule?lang=zh"), 200)).contains("网络学习规则", "30分钟及以上计1.00学时");
        assertThat(page(get("/credit/online/rule?lang=en"), 200))
                .contains(
                        "Online learning rule",
                        "30 minutes or more: 1.00 credit hours",
                        "Under 15 minutes: 0.25 credit hours");
        assertThat(page(get("/credit/online/academies?lang=zh"), 200)).contains("网络学院", "课程名称");
        assertThat(page(get("/credit/online/academies?lang=en"), 200)).contains("Online academies", "Course title");
        assertThat(page(get("/credit/online/imports?lang=zh"), 200)).contains("网络学习记录导入");
        assertThat(page(get("/credit/online/imports?lang=en"), 200)).contains("Online learning records");
        assertThat(page(get("/credit/superior?lang=zh"), 200)).contains("上级调训与外单位培训");
        assertThat(page(get("/credit/superior?lang=en"), 200)).contains("Courses held elsewhere");
        assertThat(page(get("/credit/hours-export?lang=zh"), 200)).contains("导出学时", "full_time_hours");
        assertThat(page(get("/credit/hours-export?lang=en"), 200)).contains("Hours for the cadre information system");
    }

    @Test
    void aMappingWithoutAWayToFindTheCadreIsRefusedNextToItsFieldWithTheInputKept() throws Exception {
        String page = page(
                post("/credit/online/academies?lang=en")
                        .param("name", "学习强国")
                        .param("columns[TITLE]", "课程")
                        .param("columns[NAME]", "姓名")
                        .param("columns[COMPLETED_ON]", "完成日期")
                        .param("columns[HOURS]", "学时")
                        .with(csrf()),
                400);
        assertThat(page)
                .contains("Type the header of the staff number column, or those of both the name and unit columns.")
                .contains("value=\"学习强国\"", "value=\"课程\"", "value=\"姓名\"");
    }

    @Test
    void aRuleWithoutARowFromZeroMinutesIsRefused() throws Exception {
        String page = page(
                post("/credit/online/rule?lang=zh")
                        .param("rows[0].minMinutes", "30")
                        .param("rows[0].hours", "1")
                        .param("rows[1].minMinutes", "15")
                        .param("rows[1].hours", "0.3")
                        .param("testBonus", "0.5")
                        .with(csrf()),
                400);
        assertThat(page).contains("学时须大于 0，且以 0.25 为单位。");
    }

    @Test
    void aNumberThatIsNoNumberIsNamedByItsField() throws Exception {
        String page = page(
                post("/credit/online/rule?lang=en")
                        .param("rows[0].minMinutes", "thirty")
                        .param("rows[0].hours", "1")
                        .param("testBonus", "half")
                        .with(csrf()),
                400);
        assertThat(page)
                .contains("Minutes: a whole number.", "Credit hours added for a passed test: a number, such as 1.5.");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(as(TestPrincipal.organiser())))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
