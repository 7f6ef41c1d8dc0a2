package org.cadretraining.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The directory and a cadre's page name the cadre in English on English pages, where they have an English name. */
@SpringBootTest
@AutoConfigureMockMvc
class CadreEnglishNameTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    CurrentUser admin = TestPrincipal.administrator();

    @Test
    void englishPagesShowTheEnglishNameChinesePagesTheChinese() throws Exception {
        OrganisationFixture org =
                new OrganisationFixture(directory, UUID.randomUUID().toString().substring(0, 6) + "-");
        String body = """
                {"staffNumber": "%sEN", "name": "胡晓梅", "nameEn": "Hu Xiaomei", "unitId": %d}
                """.formatted(org.prefix, org.office);
        assertThat(mvc.post()
                        .uri("/api/v1/cadres")
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(201);
        long id = directory.cadreIdByStaffNumber(org.prefix + "EN").orElseThrow();

        String directoryEn = page("/cadres?q=" + org.prefix + "EN&lang=en");
        assertThat(directoryEn).contains("Hu Xiaomei").doesNotContain(">胡晓梅<");
        assertThat(page("/cadres/" + id + "?lang=en")).contains("Hu Xiaomei");
        assertThat(page("/cadres/" + id + "?lang=zh-CN")).contains(">胡晓梅<");
    }

    private String page(String uri) throws Exception {
        return mvc.get().uri(uri).with(as(admin)).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
