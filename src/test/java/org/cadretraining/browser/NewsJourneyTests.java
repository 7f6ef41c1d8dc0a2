package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.function.Predicate;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The news journey on the demo data (the seed course, completed, and the seed's news page between its two
 * neighbours): an editor writes a draft from the seed course, a reviewer approves it, a publisher publishes it, and a
 * reader without an account reads the facts, follows previous/next, switches language, and each view adds one.
 */
@Import(AccountWebTest.Support.class)
@TestPropertySource(properties = "app.demo.enabled=true")
class NewsJourneyTests extends BrowserTest {

    private static final String PASSWORD = "News journey password 2026";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long course;
    private long baiJing;

    @BeforeEach
    void newsroom() {
        accounts.ready("editor", PASSWORD, Role.NEWS_EDITOR);
        accounts.ready("reviewer", PASSWORD, Role.NEWS_REVIEWER);
        accounts.ready("publisher", PASSWORD, Role.NEWS_PUBLISHER);
        course = jdbc.sql("select id from course where title_en = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();
        baiJing = jdbc.sql("select id from cadre where name_en = 'Bai Jing'")
                .query(Long.class)
                .single();
    }

    @Test
    void aDraftFromTheSeedCourseIsReviewedPublishedAndReadWithOneViewCountedPerVisit() {
        long article = editorWritesTheDraftFromTheSeedCourse();
        as("reviewer", reviewer -> {
            reviewer.navigate("/news/desk/" + article);
            reviewer.locator("form[action$='/approve'] button[type=submit]")
                    .first()
                    .click();
            assertThat(reviewer.locator(".alert-success")).containsText("已审核通过");
        });
        as("publisher", publisher -> {
            publisher.navigate("/news/desk/" + article);
            publisher.locator("form[action$='/publish'] button[type=submit]").click();
            assertThat(publisher.locator(".alert-success")).containsText("已发布");
        });

        Page reader = page.context().browser().newContext(options()).newPage();
        try {
            visit(reader, () -> reader.navigate("/news/articles/" + article));
            assertThat(reader.locator("h1")).hasText("领导干部政治能力提升培训班");
            assertThat(reader.locator(".portal-article-meta")).containsText("发布时间：2026-11-23");
            // the team leader is named apart from the count of the other trainees
            assertThat(reader.locator(".portal-article-body")).containsText("等20名领导干部");
            assertThat(reader.locator(".portal-article-body")).containsText("白晶");
            assertThat(reader.locator(".portal-article-body")).containsText("辽沈战役纪念馆");
            assertThat(reader.locator("#browse-count")).hasText("1");
            screenshotOf(reader, "reader-zh");

            // the newest item of the News column: the one before it is the demo's latest, and nothing after it
            assertThat(reader.locator(".portal-neighbours p").nth(1)).containsText("没有了");
            reader.locator(".portal-neighbours a").first().click();
            reader.waitForURL(url -> !url.endsWith("/news/articles/" + article));
            assertThat(reader.locator("h1")).containsText("SIT召开2023年工作会议");
            visit(reader, () -> reader.locator(".portal-neighbours p")
                    .nth(1)
                    .locator("a")
                    .click());
            assertThat(reader).hasURL(baseUrl() + "/news/articles/" + article);
            assertThat(reader.locator("#browse-count")).hasText("2");

            visit(reader, () -> reader.locator(".portal-translations a").click());
            assertThat(reader.locator("h1"))
                    .hasText("Training course for improving political ability of leading cadres");
            assertThat(reader.locator(".portal-article-meta")).containsText("Release time:2026-11-23");
            assertThat(reader.locator(".portal-article-body")).containsText("20 leading cadres");
            assertThat(reader.locator(".portal-article-body"))
                    .containsText("Bai Jing (member of the Party committee, director of the Organization Department)");
            assertThat(reader.locator(".portal-article-body")).containsText("Tashan Blocking Battle Memorial Hall");
            assertThat(reader.locator("#browse-count")).hasText("3");

            visit(reader, reader::reload);
            assertThat(reader.locator("#browse-count")).hasText("4");
            visit(reader, reader::reload);
            assertThat(reader.locator("#browse-count")).hasText("5");
            screenshotOf(reader, "reader-en");
        } finally {
            reader.context().close();
        }
        assertThat(storedCountBecomes(article, 5)).isTrue();
    }

    /** The editor's part, in the test's own page; returns the saved article's id. */
    private long editorWritesTheDraftFromTheSeedCourse() {
        signIn(page, "editor");
        page.navigate("/news/desk");
        page.locator("a[href$='/news/desk/from-course']").click();
        page.locator("#reportable-courses a[href$='/news/desk/from-course/" + course + "']")
                .click();
        assertThat(page.locator("#named-" + baiJing)).isChecked();
        page.locator("#columnId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("新闻"));
        // the demo's news page already reports the seed course: the page names it, and a new draft is asked for
        assertThat(page.locator("#reported")).containsText("领导干部政治能力提升培训班");
        page.locator("#despiteEarlier").check();
        page.locator("#course-draft button[type=submit]").click();
        // the draft is saved as a new article and opens in the editor
        page.waitForURL(url -> url.matches(".*/news/desk/\\d+$"));
        assertThat(page.locator("#titleZh")).hasValue("领导干部政治能力提升培训班");
        assertThat(page.locator("#titleEn"))
                .hasValue("Training course for improving political ability of leading cadres");
        assertThat(page.locator("#bodyEn")).hasValue(java.util.regex.Pattern.compile(".*Bai Jing.*", 32));
        assertThat(page.locator("#translatorEn")).hasValue("");
        screenshot("draft-form");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        page.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("已提交审核");
        return id;
    }

    /** Does something that shows the article and waits for the page's live browse count to be fetched. */
    private static void visit(Page on, Runnable navigation) {
        Predicate<Response> count = response -> response.url().endsWith("/views") && response.ok();
        on.waitForResponse(count, navigation);
    }

    private boolean storedCountBecomes(long article, long expected) {
        // the counter writes to the database about every second
        for (int attempt = 0; attempt < 50; attempt++) {
            long stored = jdbc.sql("select browse_count from news_article where id = ?")
                    .param(article)
                    .query(Long.class)
                    .single();
            if (stored == expected) {
                return true;
            }
            assertThat(stored).isLessThan(expected);
            page.waitForTimeout(100);
        }
        return false;
    }

    private void as(String username, java.util.function.Consumer<Page> steps) {
        Page other = page.context().browser().newContext(options()).newPage();
        try {
            signIn(other, username);
            steps.accept(other);
        } finally {
            other.context().close();
        }
    }

    private Browser.NewContextOptions options() {
        return new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("zh-CN")
                .setViewportSize(1280, 800);
    }

    private void signIn(Page on, String username) {
        on.navigate("/login");
        on.locator("#username").fill(username);
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }

    private void screenshotOf(Page other, String name) {
        other.evaluate("document.fonts.ready");
        other.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"))
                .setFullPage(true));
    }
}
