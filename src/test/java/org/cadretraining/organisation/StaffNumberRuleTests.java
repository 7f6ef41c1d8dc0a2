package org.cadretraining.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The form and the API take staff numbers as the import does (the import's side is in CadreImportTests). */
@SpringBootTest
@AutoConfigureMockMvc
class StaffNumberRuleTests {

    private static final String PATTERN_SENTENCE_ZH = "工号只能包含字母、数字、下划线和连字符。";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    OrganisationFixture org;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void tree() {
        org = new OrganisationFixture(directory, UUID.randomUUID().toString().substring(0, 6) + "-");
    }

    @Test
    void fullWidthCharactersBecomePlainAndSpacesAreDropped() {
        assertThat(StaffNumber.normalize("ＰＴＳ ０６１")).isEqualTo("PTS061");
        assertThat(StaffNumber.normalize(" PTS\u3000061\u00A0")).isEqualTo("PTS061");
        assertThat(StaffNumber.normalize("A-01_b")).isEqualTo("A-01_b");
        assertThat(StaffNumber.isAllowed("PTS061")).isTrue();
        assertThat(StaffNumber.isAllowed("PTS/061")).isFalse();
        assertThat(StaffNumber.isAllowed("工号1")).isFalse();
    }

    @Test
    void theFormSavesASpacedFullWidthStaffNumberInItsPlainForm() {
        MvcTestResult saved = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", fullWidth(org.prefix) + " ０６１")
                .param("name", "胡晓梅")
                .param("unitId", String.valueOf(org.office))
                .exchange();

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(directory.cadreIdByStaffNumber(org.prefix + "061")).isPresent();
    }

    @Test
    void theApiSavesASpacedStaffNumberInItsPlainForm() {
        String body = """
                {"staffNumber": "%s 062", "name": "李明", "unitId": %d}
                """.formatted(fullWidth(org.prefix), org.office);

        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(201);
        assertThat(directory.cadreIdByStaffNumber(org.prefix + "062")).isPresent();
    }

    @Test
    void formAndApiRefuseOtherCharactersWithTheSameSentence() throws Exception {
        MvcTestResult form = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", org.prefix + "/063")
                .param("name", "胡晓梅")
                .param("unitId", String.valueOf(org.office))
                .exchange();
        assertThat(form).hasStatusOk();
        assertThat(form.getResponse().getContentAsString()).contains(PATTERN_SENTENCE_ZH);

        String body = """
                {"staffNumber": "%s/063", "name": "李明", "unitId": %d}
                """.formatted(org.prefix, org.office);
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo(PATTERN_SENTENCE_ZH);
        assertThat(directory.cadreIdByStaffNumber(org.prefix + "/063")).isEmpty();
    }

    /** The same text as a Chinese input method in full-width mode gives it. */
    static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            wide.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return wide.toString();
    }
}
