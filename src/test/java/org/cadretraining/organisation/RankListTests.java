package org.cadretraining.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class RankListTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Ranks ranks;

    @Test
    void theDefaultListHoldsTheFiveRanksFromHighestToLowest() {
        assertThat(ranks.all()).extracting(r -> r.name().zh()).startsWith("省部级", "厅局级", "县处级", "乡科级", "科员及以下");
    }

    @Test
    void anAdministratorAddsARankThatFormsAndImportsThenAccept() {
        assertThat(mvc.post()
                        .uri("/admin/ranks")
                        .with(as(TestPrincipal.administrator()))
                        .with(csrf())
                        .param("code", "VICE_COUNTY")
                        .param("nameZh", "副处级")
                        .param("nameEn", "Deputy county / division")
                        .param("tier", "COUNTY_AND_ABOVE")
                        .param("sortOrder", "35")
                        .param("active", "true"))
                .hasRedirectedUrl("/admin/ranks");
        assertThat(ranks.find("副处级")).get().extracting(Rank::code).isEqualTo("VICE_COUNTY");
        assertThat(ranks.all()).extracting(Rank::code).containsSubsequence("COUNTY", "VICE_COUNTY", "SECTION");
    }

    @Test
    void aDeactivatedRankIsNoLongerOffered() {
        mvc.post()
                .uri("/admin/ranks")
                .with(as(TestPrincipal.administrator()))
                .with(csrf())
                .param("code", "OLD_RANK")
                .param("nameZh", "旧级别")
                .param("nameEn", "Old rank")
                .param("tier", "SECTION_AND_BELOW")
                .param("sortOrder", "90")
                .exchange();
        assertThat(ranks.find("OLD_RANK")).isPresent();
        mvc.post()
                .uri("/admin/ranks")
                .with(as(TestPrincipal.administrator()))
                .with(csrf())
                .param("code", "OLD_RANK")
                .param("nameZh", "旧级别")
                .param("nameEn", "Old rank")
                .param("tier", "SECTION_AND_BELOW")
                .param("sortOrder", "90")
                .param("_active", "on")
                .exchange();
        assertThat(ranks.find("OLD_RANK")).isEmpty();
    }

    @Test
    void onlyAnAdministratorKeepsTheList() {
        assertThat(mvc.get().uri("/admin/ranks").with(as(TestPrincipal.organiser())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/ranks")
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("code", "X")
                        .param("nameZh", "x")
                        .param("nameEn", "x")
                        .param("tier", "SECTION_AND_BELOW")
                        .param("sortOrder", "1"))
                .hasStatus(403);
    }
}
