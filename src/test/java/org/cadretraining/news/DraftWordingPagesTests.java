package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.course.RealCourseRecords;
import org.cadretraining.news.draft.DefaultTemplates;
import org.cadretraining.news.draft.Shape;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The newsroom's wording page and the second-draft warning, through the pages: templates stored with the defaults,
 * a placeholder that does not exist refused with a sentence naming the line (the text kept, nothing stored), a
 * preview against a real course, the settings, who may change them; an archived course recorded after the fact is
 * drafted, and a second draft of a course is made only after the warning that names the first article.
 */
@AccountWebTest
class DraftWordingPagesTests {

    private static final CurrentUser EDITOR = TestPrincipal.user(Set.of(Role.NEWS_EDITOR), null, null);
    private static final CurrentUser REVIEWER = TestPrincipal.user(Set.of(Role.NEWS_REVIEWER), null, null);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseReports reports;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsColumns columns;

    long course;

    @BeforeEach
    void anArchivedRealCourse() throws IOException {
        new NewsFixture(desk, columns);
        Map<String, Object> dut = RealCourseRecords.read().getFirst();
        RealCourseRecords records = new RealCourseRecords(context);
        course = records.enter(dut);
        records.archive(course);
    }

    @Test
    void everyShapeHasItsTemplateInBothLanguagesFromTheFirstStart() {
        assertThat(jdbc.sql("select count(*) from news_draft_template")
                        .query(Integer.class)
                        .single())
                .isEqualTo(Shape.values().length * 2);
        String page = html(mvc.get()
                .uri("/news/desk/templates")
                .with(TestPrincipal.as(EDITOR))
                .exchange());
        for (Shape shape : Shape.values()) {
            assertThat(page)
                    .contains("data-template=\"" + shape.name() + "-zh\"", "data-template=\"" + shape + "-en\"");
        }
    }

    @Test
    void aPlaceholderThatDoesNotExistIsRefusedWithASentenceAndTheTextIsKept() {
        String before = body(Shape.CEREMONY, "zh");

        String page = html(save(Shape.CEREMONY, "zh", "{dates}，{organisers}举办{title}。\n{speakers}讲话。", "save"));

        assertThat(page).contains("模板第2行的占位符{speakers}不存在：请只用下面列出的占位符。").contains("{speakers}讲话。</textarea>");
        assertThat(body(Shape.CEREMONY, "zh")).isEqualTo(before);
        assertThat(html(save(Shape.CEREMONY, "en", "{title} held {where.", "save")))
                .contains("模板第1行的花括号不成对");
    }

    @Test
    void aSavedTemplateWordsTheNextDraftAndThePreviewShowsARealCourse() {
        Shape shape = reports.shape(course);
        String mine = "{dateline}：{organisers}举行{title}{ceremony?}。\n编辑部的固定句子。";
        try {
            String preview = html(save(shape, "zh", mine, "preview"));
            assertThat(preview).contains("id=\"template-preview\"", "编辑部的固定句子。", "Dalian University of Technology");
            assertThat(body(shape, "zh")).isNotEqualTo(mine);

            assertThat(save(shape, "zh", mine, "save")).hasStatus3xxRedirection();
            assertThat(reports.draft(course, Set.of()).get(Language.zh).bodyHtml())
                    .startsWith("<p>2014年10月21日：")
                    .contains("编辑部的固定句子。");
        } finally {
            jdbc.sql("update news_draft_template set body = ? where shape = ? and language = 'zh'")
                    .params(DefaultTemplates.of(shape, false), shape.name())
                    .update();
        }
    }

    @Test
    void theSettingsChooseTheMarksAndAValueThatIsNotOneIsRefused() {
        try {
            assertThat(mvc.post()
                            .uri("/news/desk/templates/settings")
                            .param("titleMarks", "QUOTES")
                            .param("chineseOnlyNames", "TRANSLATOR")
                            .with(TestPrincipal.as(EDITOR))
                            .with(csrf()))
                    .hasStatus3xxRedirection();
            assertThat(jdbc.sql("select title_marks || chinese_only_names from news_draft_setting")
                            .query(String.class)
                            .single())
                    .isEqualTo("QUOTESTRANSLATOR");
            assertThat(mvc.post()
                            .uri("/news/desk/templates/settings")
                            .param("titleMarks", "<b>")
                            .param("chineseOnlyNames", "PINYIN")
                            .with(TestPrincipal.as(EDITOR))
                            .with(csrf()))
                    .hasStatus(400);
        } finally {
            jdbc.sql("update news_draft_setting set title_marks = 'BOOK', chinese_only_names = 'PINYIN'")
                    .update();
        }
    }

    @Test
    void onlyEditorsAndPublishersChangeTheWording() {
        assertThat(mvc.get().uri("/news/desk/templates").with(TestPrincipal.as(REVIEWER)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/news/desk/templates/CEREMONY/zh").with(TestPrincipal.as(REVIEWER)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/news/desk/templates/CEREMONY/zh")
                        .param("body", "{title}")
                        .param("action", "save")
                        .with(TestPrincipal.as(REVIEWER))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get().uri("/news/desk/templates/NO_SUCH_SHAPE/zh").with(TestPrincipal.as(EDITOR)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/news/desk/templates")).hasStatus3xxRedirection();
    }

    @Test
    void anArchivedCourseIsDraftedAndASecondDraftNeedsTheWarningThatNamesTheFirst() {
        assertThat(reports.choices(course).course().status()).isEqualTo(CourseStatus.ARCHIVED);
        assertThat(html(mvc.get()
                        .uri("/news/desk/from-course")
                        .with(TestPrincipal.as(EDITOR))
                        .exchange()))
                .contains("data-course=\"" + course + "\"", "已归档");

        MvcTestResult first = generate(false);
        assertThat(first).hasStatus3xxRedirection();
        long article = Long.parseLong(first.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));

        String choose = html(mvc.get()
                .uri("/news/desk/from-course/" + course)
                .with(TestPrincipal.as(EDITOR))
                .exchange());
        assertThat(choose)
                .contains("id=\"reported\"", "href=\"/news/desk/" + article + "\"")
                .contains("38th Xinjiang Public Administration Cadres Training Class");
        int articles = count();
        String refused = html(generate(false));
        assertThat(refused)
                // the Chinese headline of a course recorded only in English is marked for the translator
                .contains("这个培训班已有报道“【待译：38th Xinjiang Public Administration Cadres Training Class】”")
                .contains("id=\"despiteEarlier\"");
        assertThat(count()).isEqualTo(articles);

        assertThat(generate(true)).hasStatus3xxRedirection();
        assertThat(count()).isEqualTo(articles + 1);
    }

    @Test
    void theApiGivesBothDraftsAndRefusesABadTemplateAsAProblemThatNamesTheLine() throws Exception {
        MvcTestResult draft = mvc.get()
                .uri("/api/v1/news/course-drafts/" + course)
                .with(TestPrincipal.as(EDITOR))
                .exchange();
        assertThat(draft).hasStatusOk();
        assertThat(draft.getResponse().getContentAsString())
                .contains("\"shape\":\"CEREMONY\"", "\"paragraphs\":[", "Dalian University of Technology")
                .doesNotContain("&#39;");

        MvcTestResult refused = mvc.put()
                .uri("/api/v1/news/draft-templates/CEREMONY/en")
                .contentType("application/json")
                .content("{\"text\": \"{title} {nope}\"}")
                .with(TestPrincipal.as(EDITOR))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).contains("application/problem+json");
        assertThat(refused.getResponse().getContentAsString()).contains("{nope}");
        assertThat(mvc.get().uri("/api/v1/news/course-drafts/" + course).with(TestPrincipal.as(REVIEWER)))
                .hasStatus(403);
    }

    private MvcTestResult generate(boolean despiteEarlier) {
        return mvc.post()
                .uri("/news/desk/from-course/" + course + "/draft")
                .param("despiteEarlier", String.valueOf(despiteEarlier))
                .with(TestPrincipal.as(EDITOR))
                .with(csrf())
                .exchange();
    }

    private int count() {
        return jdbc.sql("select count(*) from news_course_report where course_id = ?")
                .param(course)
                .query(Integer.class)
                .single();
    }

    private MvcTestResult save(Shape shape, String language, String body, String action) {
        return mvc.post()
                .uri("/news/desk/templates/" + shape.name() + "/" + language)
                .param("body", body)
                .param("course", String.valueOf(course))
                .param("action", action)
                .with(TestPrincipal.as(EDITOR))
                .with(csrf())
                .exchange();
    }

    private String body(Shape shape, String language) {
        return jdbc.sql("select body from news_draft_template where shape = ? and language = ?")
                .params(shape.name(), language)
                .query(String.class)
                .single();
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
