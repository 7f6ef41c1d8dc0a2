package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The speaker line of an agenda item names a registered lecturer in the page's language: on an English page by
 * their English name, affiliation and title where the register has them, on a Chinese page by the Chinese ones; the
 * presider line too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpeakerLineTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Lecturers lecturers;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final CurrentUser organiser = TestPrincipal.organiser();
    long courseId;

    @BeforeEach
    void lectureByARegisteredLecturer() {
        long university = directory.registerUnit(new UnitDetails(
                prefix + "ZKNU",
                new LocalizedText("周口师范学院", "Zhoukou Normal University"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long speaker = lecturers.register(new LecturerDetails(
                null,
                "彭榕" + prefix,
                "Peng Rong " + prefix,
                "计算机科学与技术学院",
                "School of Computer Science and Technology",
                "党委书记",
                "Party Secretary",
                "",
                "",
                true));
        long chair = lecturers.register(new LecturerDetails(
                null,
                "陈力" + prefix,
                "Chen Li " + prefix,
                "组织部",
                "Organisation Department",
                "部长",
                "Head",
                "",
                "",
                true));
        courseId =
                idOf(ApiCalls.postJson(mvc, "/api/v1/courses", """
                {"titleZh": "基层党支部书记专题培训班 %s", "titleEn": "Party branch secretaries %s",
                 "organiserUnitId": %d, "startsOn": "2021-05-21", "endsOn": "2021-05-25", "capacity": 120,
                 "requiredHours": 30, "category": "PARTY_SPIRIT"}
                """.formatted(prefix, prefix, university), organiser));
        idOf(ApiCalls.postJson(
                mvc, "/api/v1/courses/" + courseId + "/agenda", """
                {"type": "LECTURE", "day": "2021-05-21", "startsAt": "08:30", "endsAt": "11:30",
                 "titleZh": "国家级样板党支部的申报与建设", "titleEn": "Building a model Party branch",
                 "speakerKind": "LECTURER", "speakerLecturerId": %d,
                 "presiderKind": "LECTURER", "presiderLecturerId": %d, "mandatory": true}
                """.formatted(speaker, chair), organiser));
    }

    @Test
    void anEnglishPageNamesTheLecturerByTheirEnglishNameAndPosition() throws Exception {
        Element english = entry("en");
        assertThat(english.select(".entry-meta .bi-person + span").text()).isEqualTo("Peng Rong " + prefix);
        assertThat(english.select(".entry-meta").text())
                .contains("Peng Rong " + prefix + " (School of Computer Science and Technology Party Secretary)")
                .contains("Presided by Chen Li " + prefix + " (Organisation Department Head)")
                .doesNotContain("彭榕", "计算机科学与技术学院", "党委书记", "陈力");
    }

    @Test
    void aChinesePageNamesTheLecturerByTheirChineseNameAndPosition() throws Exception {
        Element chinese = entry("zh-CN");
        assertThat(chinese.select(".entry-meta").text())
                .contains("彭榕" + prefix + "（计算机科学与技术学院 党委书记）")
                .contains("主持：陈力" + prefix + "（组织部 部长）")
                .doesNotContain("Peng Rong", "Party Secretary");
    }

    private Element entry(String lang) throws Exception {
        MvcTestResult page = mvc.get()
                .uri("/courses/" + courseId)
                .with(as(organiser))
                .cookie(new Cookie("lang", lang))
                .exchange();
        assertThat(page).hasStatusOk();
        Element entry = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .selectFirst(".programme-entry");
        assertThat(entry).as("the lecture on the course page").isNotNull();
        return entry;
    }
}
