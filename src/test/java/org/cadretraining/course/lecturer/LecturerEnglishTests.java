package org.cadretraining.course.lecturer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A lecturer's English name, affiliation and title are kept and shown to English readers. */
@SpringBootTest
@AutoConfigureMockMvc
class LecturerEnglishTests {

    @Autowired
    MockMvcTester mvc;

    CurrentUser admin = TestPrincipal.administrator();

    @Test
    void englishPagesShowTheLecturersEnglishNameAndPositionChinesePagesTheChinese() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"name": "王教授%1$s", "nameEn": "Professor Wang %1$s", "affiliation": "锦州市委党校",
                 "affiliationEn": "Party School of the Jinzhou Committee", "title": "教授", "titleEn": "Professor"}
                """.formatted(tag);
        MvcTestResult created = mvc.post()
                .uri("/api/v1/lecturers")
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.nameEn").isEqualTo("Professor Wang " + tag);
        String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");

        String english = page("/lecturers/" + id + "?lang=en");
        assertThat(english).contains("Professor Wang " + tag, "Party School of the Jinzhou Committee");
        assertThat(english).doesNotContain("王教授" + tag, "锦州市委党校");

        String chinese = page("/lecturers/" + id + "?lang=zh-CN");
        assertThat(chinese).contains("王教授" + tag, "锦州市委党校").doesNotContain("Professor Wang");

        assertThat(page("/lecturers?q=" + tag + "&lang=en")).contains("Professor Wang " + tag);
    }

    @Test
    void aLecturerWithoutEnglishWordsIsShownInChineseToEnglishReaders() {
        LecturerSummary lecturer = new LecturerSummary(
                1,
                null,
                new LocalizedText("王教授", ""),
                new LocalizedText("锦州市委党校", "Party School of the Jinzhou Committee"),
                new LocalizedText("教授", ""),
                "",
                "",
                true);
        assertThat(lecturer.nameIn(Locale.ENGLISH)).isEqualTo("王教授");
        assertThat(lecturer.roleIn(Locale.ENGLISH)).isEqualTo("Party School of the Jinzhou Committee 教授");
        assertThat(lecturer.roleIn(Locale.CHINESE)).isEqualTo("锦州市委党校 教授");
    }

    private String page(String uri) throws Exception {
        return mvc.get().uri(uri).with(as(admin)).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
