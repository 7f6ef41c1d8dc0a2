package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the framework itself refuses (a value of the wrong kind, JSON that cannot be read, a missing parameter, a
 * constraint) reaches pages and the API as our sentence naming the field, never as a framework default.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkMessagesTests {

    private static final String[] DEFAULTS = {
        "must not be",
        "size must be between",
        "must match",
        "must be a well-formed",
        "must be greater",
        "must be less",
        "不能为",
        "个数必须",
        "Failed to convert",
        "Validation failure",
        "Required parameter",
        "is not present",
        "Failed to read request"
    };

    @Autowired
    MockMvcTester mvc;

    CurrentUser admin = TestPrincipal.administrator();

    @Test
    void anOverLongAndAMissingFieldInTheApiAreNamedInChineseAndEnglish() throws Exception {
        String body = """
                {"staffNumber": "%s", "name": " "}
                """.formatted("X".repeat(40));
        MvcTestResult zh = mvc.post()
                .uri("/api/v1/cadres")
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(zh).hasStatus(400);
        String zhBody = zh.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zhBody).contains("工号最多 32 个字。", "请填写姓名。", "请填写所在单位。");
        assertThat(zhBody).doesNotContain(DEFAULTS);

        MvcTestResult en = mvc.post()
                .uri("/api/v1/cadres?lang=en")
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(en).hasStatus(400);
        String enBody = en.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(enBody)
                .contains("Staff number: at most 32 characters.", "Name: please fill this in.", "Unit: please fill");
        assertThat(enBody).doesNotContain(DEFAULTS);
    }

    @Test
    void aBodyThatIsNotJsonOrHoldsAWordForANumberIsExplained() throws Exception {
        MvcTestResult broken = mvc.post()
                .uri("/api/v1/cadres")
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": ")
                .exchange();
        assertThat(broken).hasStatus(400);
        assertThat(broken.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("请求内容无法读取")
                .doesNotContain(DEFAULTS);

        MvcTestResult wrongKind = mvc.post()
                .uri("/api/v1/cadres?lang=en")
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"staffNumber\": \"A1\", \"name\": \"李明\", \"unitId\": \"abc\"}")
                .exchange();
        assertThat(wrongKind).hasStatus(400);
        assertThat(wrongKind.getResponse().getContentAsString())
                .contains("Unit: this value is not recognised")
                .doesNotContain(DEFAULTS);
    }

    @Test
    void aPathValueOfTheWrongKindIsNamed() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/api/v1/cadres/abc").with(as(admin)).exchange();
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("编号的值无法识别")
                .doesNotContain(DEFAULTS);
    }

    @Test
    void anOverLongFormFieldIsShownAsOurSentenceWithTheInputKept() throws Exception {
        MvcTestResult page = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", "X".repeat(40))
                .param("name", "李明")
                .param("unitId", "1")
                .exchange();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("工号最多 32 个字。", "X".repeat(40));
        assertThat(html).doesNotContain(DEFAULTS);
    }

    @Test
    void anApiAddressThatDoesNotTakeTheMethodOrDoesNotExistAnswersInOurWords() throws Exception {
        MvcTestResult wrongMethod = mvc.delete()
                .uri("/api/v1/cadres")
                .with(as(admin))
                .cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                .exchange();
        assertThat(wrongMethod).hasStatus(405);
        assertThat(wrongMethod.getResponse().getContentAsString())
                .contains("This address does not take DELETE requests");

        MvcTestResult unknown =
                mvc.get().uri("/api/v1/no-such-thing").with(as(admin)).exchange();
        assertThat(unknown).hasStatus(404);
        assertThat(unknown.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("没有这个地址");
    }

    @Test
    void aPageAddressThatDoesNotTakeTheMethodStillShowsTheErrorPage() {
        assertThat(mvc.delete().uri("/cadres").with(as(admin)).with(csrf()).exchange())
                .hasStatus(405);
    }
}
