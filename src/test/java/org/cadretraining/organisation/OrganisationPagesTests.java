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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    OrganisationFixture org;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void tree() {
        org = new OrganisationFixture(directory, UUID.randomUUID().toString().substring(0, 6) + "-");
    }

    @Test
    void unitTreeShowsEveryLevelIndentedUnderItsParent() throws Exception {
        MvcTestResult page = mvc.get().uri("/units").with(as(admin)).exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("tree-depth-3").contains("干部科").contains("中共锦州市委党校");
        assertThat(html.indexOf(org.prefix + "PC")).isLessThan(html.indexOf(org.prefix + "OD"));
        assertThat(html.indexOf(org.prefix + "OD")).isLessThan(html.indexOf(org.prefix + "CO"));
    }

    @Test
    void aCadresEnglishNameIsOptionalLimitedAndKeptWithTheMessageWhenTooLong() throws Exception {
        String tooLong = "Hu Xiaomei ".repeat(10);
        MvcTestResult refused = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", org.prefix + "EN")
                .param("name", "胡晓梅")
                .param("nameEn", tooLong)
                .param("unitId", String.valueOf(org.office))
                .exchange();
        assertThat(refused).hasStatusOk();
        String form = refused.getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + tooLong + "\"");
        assertThat(form).containsPattern("id=\"nameEn\"[^>]*is-invalid|is-invalid[^>]*id=\"nameEn\"");
        assertThat(directory.cadreIdByStaffNumber(org.prefix + "EN")).isEmpty();
        // units are indented with no-break spaces, not with their escape written out
        assertThat(form).doesNotContain("\\u00a0").contains("\u00a0\u00a0");

        MvcTestResult saved = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", org.prefix + "EN")
                .param("name", "胡晓梅")
                .param("nameEn", "Hu Xiaomei")
                .param("unitId", String.valueOf(org.office))
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        long id = directory.cadreIdByStaffNumber(org.prefix + "EN").orElseThrow();
        assertThat(mvc.get()
                        .uri("/cadres/" + id)
                        .with(as(admin))
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .contains("Hu Xiaomei");
        MvcTestResult without = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", org.prefix + "NOEN")
                .param("name", "白晶")
                .param("unitId", String.valueOf(org.office))
                .exchange();
        assertThat(without).hasStatus3xxRedirection();
    }

    @Test
    void anOrganiserAddsAUnitUnderAnother() throws Exception {
        MvcTestResult saved = mvc.post()
                .uri("/units")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("code", org.prefix + "NEW")
                .param("nameZh", "宣传部")
                .param("nameEn", "Publicity Department")
                .param("kind", "DEPARTMENT")
                .param("parentId", String.valueOf(org.committee))
                .param("active", "true")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/units");
        String path = jdbc.sql("select path from unit where code = ?")
                .param(org.prefix + "NEW")
                .query(String.class)
                .single();
        assertThat(path).startsWith("/" + org.root + "/" + org.committee + "/");
    }

    @Test
    void aDuplicateUnitCodeIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
        MvcTestResult page = mvc.post()
                .uri("/units")
                .with(as(admin))
                .with(csrf())
                .param("code", org.prefix + "OD")
                .param("nameZh", "重复的单位")
                .param("kind", "DEPARTMENT")
                .exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("is-invalid").contains("已被使用").contains("value=\"重复的单位\"");
    }

    @Test
    void aUnitCannotMoveBelowItsOwnSubtree() throws Exception {
        MvcTestResult page = mvc.post()
                .uri("/units/" + org.committee)
                .with(as(admin))
                .with(csrf())
                .param("code", org.prefix + "PC")
                .param("nameZh", "党委")
                .param("kind", "PARTY_COMMITTEE")
                .param("parentId", String.valueOf(org.office))
                .exchange();
        assertThat(page.getResponse().getContentAsString()).contains("不能把单位移到它自己的下级单位之下");
    }

    @Test
    void movingAUnitMovesItsWholeSubtree() throws Exception {
        mvc.post()
                .uri("/units/" + org.department)
                .with(as(admin))
                .with(csrf())
                .param("code", org.prefix + "OD")
                .param("nameZh", "组织部")
                .param("kind", "DEPARTMENT")
                .param("parentId", String.valueOf(org.school))
                .param("active", "true")
                .exchange();
        String officePath = jdbc.sql("select path from unit where id = ?")
                .param(org.office)
                .query(String.class)
                .single();
        assertThat(officePath)
                .isEqualTo("/" + org.root + "/" + org.school + "/" + org.department + "/" + org.office + "/");
    }

    @Test
    void aUnitLiaisonMayNotChangeUnits() throws Exception {
        assertThat(mvc.get().uri("/units/new").with(as(TestPrincipal.liaison(org.department))))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/units")
                        .with(as(TestPrincipal.liaison(org.department)))
                        .with(csrf())
                        .param("code", org.prefix + "X")
                        .param("nameZh", "x")
                        .param("kind", "DEPARTMENT"))
                .hasStatus(403);
    }

    @Test
    void aUnitLiaisonSeesOnlyTheirSubtreeInTheUnitTree() throws Exception {
        String html = mvc.get()
                .uri("/units")
                .with(as(TestPrincipal.liaison(org.department)))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(org.prefix + "CO")
                .doesNotContain(org.prefix + "BC")
                .doesNotContain(org.prefix + "PC");
    }
}
