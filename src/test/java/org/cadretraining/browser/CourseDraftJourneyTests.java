package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.course.RealCourseRecords;
import org.cadretraining.news.draft.DraftStyle;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * An editor drafts the news of two real courses of different shapes (the Dalian University of Technology's opening
 * ceremony of 2014, recorded in English; Wuhan University's online course of 2020, recorded in Chinese) and finds
 * their facts in both languages in the article editor: the year, the organisers, who spoke, the class size, an
 * English name with its apostrophe as a character, a Chinese-only name in pinyin. A second draft of the same course
 * is warned of; the newsroom's wording page previews a template against one of the courses.
 */
@Import(AccountWebTest.Support.class)
@TestPropertySource(properties = "app.demo.enabled=true")
class CourseDraftJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Draft journey password 2026";

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    private long ceremony;
    private long online;

    @BeforeEach
    void twoRealCourses() throws Exception {
        accounts.ready("editor", PASSWORD, Role.NEWS_EDITOR);
        List<Map<String, Object>> real = RealCourseRecords.read();
        RealCourseRecords records = new RealCourseRecords(context);
        ceremony = records.enter(real.get(0));
        online = records.enter(real.stream()
                .filter(course -> String.valueOf(course.get("title_zh")).startsWith("乡村振兴"))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void theDraftsOfACeremonyAndAnOnlineCourseCarryTheirFactsInBothLanguages() {
        signIn();

        long first = draft(ceremony, "ceremony");
        // recorded only in English: the Chinese headline is marked for the translator, as is what has no Chinese
        assertThat(page.locator("#titleZh")).hasValue("【待译：38th Xinjiang Public Administration Cadres Training Class】");
        assertThat(page.locator("#titleEn")).hasValue("38th Xinjiang Public Administration Cadres Training Class");
        assertThat(page.locator("#bodyZh").inputValue())
                .contains("开班式由Tian Xiaoming主持")
                .contains("【待译：welcome; DUT history and present;");
        assertThat(page.locator("#bodyEn").inputValue())
                .contains("Professor Li Cheng'en")
                .contains("Also on the programme: university leaders and faculty pin DUT school badges");
        assertTheStyleOfBothDrafts();
        assertThat(page.locator("#bodyZh").inputValue()).contains("2014年10月21日");
        // the organisers as the course keeps them, without the file's bracketed remarks ("(DUT)", "(planned the
        // class)")
        assertThat(page.locator("#bodyZh").inputValue())
                .contains("【待译：Dalian University of Technology】、【待译：Faculty of Humanities and Social Sciences】在");
        assertThat(page.locator("#bodyZh").inputValue()).contains("共有40名学员参加培训");
        assertThat(page.locator("#bodyEn").inputValue()).contains("October 21, 2014 — ");
        assertThat(page.locator("#bodyEn").inputValue()).contains("Tian Xiaoming");
        assertThat(page.locator("#bodyEn").inputValue()).contains("Li Cheng'en");
        assertThat(page.locator("#bodyEn").inputValue()).contains("A total of 40 trainees");
        assertThat(page.locator("#bodyEn").inputValue()).doesNotContain("&#39;", "leading cadres", "not given");

        page.navigate("/news/desk/" + first + "?lang=en");
        screenshot("draft-ceremony-en");
        page.navigate("/news/desk/" + first + "?lang=zh");

        long second = draft(online, "online");
        page.navigate("/news/desk/" + second + "?lang=en");
        screenshot("draft-online-en");
        page.navigate("/news/desk/" + second + "?lang=zh");
        assertThat(second).isNotEqualTo(first);
        assertThat(page.locator("#titleZh")).hasValue("乡村振兴和基层治理专题网络培训班");
        assertThat(page.locator("#bodyZh").inputValue()).contains("2020年6月2日至4日");
        assertThat(page.locator("#bodyZh").inputValue()).contains("武汉大学继续教育学院依托武汉大学以网络直播形式举办");
        assertThat(page.locator("#bodyZh").inputValue()).contains("恩施市委组织部");
        assertThat(page.locator("#bodyZh").inputValue()).contains("武汉大学继续教育学院院长朱伟");
        assertThat(page.locator("#bodyZh").inputValue()).contains("共有123名学员参加培训");
        assertThat(page.locator("#bodyEn").inputValue()).contains("June 2, 2020 — ");
        assertThat(page.locator("#bodyEn").inputValue()).contains("online, through");
        assertThat(page.locator("#bodyEn").inputValue()).contains("Zhu Wei (朱伟");
        assertThat(page.locator("#bodyEn").inputValue()).contains("A total of 123 trainees");
        assertThat(page.locator("#bodyEn").inputValue())
                .contains("[translate: 武汉大学继续教育学院院长] Zhu Wei (朱伟) and")
                .contains("the trainees also attended 10 live lectures, each followed by 15 minutes of online Q&amp;A");
        assertTheStyleOfBothDrafts();

        // the same course again: the page names the article already written, and asks before a second
        page.navigate("/news/desk/from-course/" + online);
        assertThat(page.locator("#reported a[href$='/news/desk/" + second + "']"))
                .hasText("乡村振兴和基层治理专题网络培训班");
        screenshot("warning-zh");
        page.navigate("/news/desk/from-course/" + online + "?lang=en");
        assertThat(page.locator("#reported")).containsText("This course has been reported already");
        screenshot("warning-en");

        page.navigate("/news/desk/templates/ONLINE/zh?course=" + online + "&lang=zh");
        assertThat(page.locator("#template-preview")).containsText("以网络直播形式");
        assertThat(page.locator("#template-preview")).containsText("“网络培训”模板");
        screenshot("template-zh");
        page.navigate("/news/desk/templates/ONLINE/en?course=" + online + "&lang=en");
        assertThat(page.locator("#template-preview")).containsText("June 2, 2020");
        assertThat(page.locator("#template-preview")).containsText("This course's drafts use the \"Online course\"");
        screenshot("template-en");
        page.navigate("/news/desk/templates?lang=en");
        assertThat(page.locator("#other-script")).containsText("always marked for the translator");
        screenshot("templates-en");
        page.navigate("/news/desk/templates?lang=zh");
        assertThat(page.locator("#other-script")).containsText("一律标注给译者");
        screenshot("templates-zh");
    }

    /** Both drafts as the article editor holds them pass the newsroom's style checks. */
    private void assertTheStyleOfBothDrafts() {
        for (String language : List.of("Zh", "En")) {
            String html = page.locator("#body" + language).inputValue();
            String text = HtmlUtils.htmlUnescape(html.replace("</p>", "\n").replaceAll("<[^>]+>", ""));
            String title = page.locator("#title" + language).inputValue();
            assertThat(DraftStyle.problems(title + "\n" + text, language.equals("En")))
                    .as("%s draft:%n%s", language, text)
                    .isEmpty();
        }
    }

    /** Picks the course, generates its draft and lands in the article editor; returns the article's id. */
    private long draft(long course, String name) {
        page.navigate("/news/desk/from-course");
        page.locator("#reportable-courses a[href$='/news/desk/from-course/" + course + "']")
                .click();
        screenshot("choose-" + name);
        page.locator("#course-draft button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/news/desk/\\d+$"));
        screenshot("draft-" + name + "-zh");
        return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    private static java.util.regex.Pattern containing(String text) {
        return java.util.regex.Pattern.compile(
                ".*" + java.util.regex.Pattern.quote(text) + ".*", java.util.regex.Pattern.DOTALL);
    }

    private void signIn() {
        page.navigate("/login");
        page.locator("#username").fill("editor");
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }
}
