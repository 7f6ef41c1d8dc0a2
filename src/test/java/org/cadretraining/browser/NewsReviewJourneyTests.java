package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.function.Consumer;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Review with people who hold two roles: a writer who also reviews is not offered to approve their own revision and
 * is told why; a reviewer who also publishes approves, then publishes in a step of its own; once the administrator
 * sets that the reviewer publishes, approval puts the next revision live. Screenshots in Chinese and English.
 */
@Import(AccountWebTest.Support.class)
class NewsReviewJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Review journey password 2026";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** The setting is the institution's, shared by every test on this database: put back as it was. */
    @AfterEach
    void separatePublisherAgain() {
        jdbc.sql("insert into news_review_setting_version (reviewer_publishes, saved_at, saved_by)"
                        + " values (false, now(), 'test')")
                .update();
    }

    @BeforeEach
    void newsroom() {
        accounts.ready("writer", PASSWORD, Role.NEWS_EDITOR, Role.NEWS_REVIEWER);
        accounts.ready("checker", PASSWORD, Role.NEWS_REVIEWER, Role.NEWS_PUBLISHER);
        accounts.ready("boss", PASSWORD, Role.ADMINISTRATOR);
        jdbc.sql("insert into news_column (slug, name_zh, name_en) values ('news', '新闻', 'News')")
                .update();
    }

    @Test
    void noOneApprovesTheirOwnRevisionAndApprovalPublishesOnlyWhereTheSettingSaysSo() {
        signIn(page, "writer");
        page.navigate("/news/desk/new");
        page.locator("#titleZh").fill("党史学习教育专题培训");
        page.locator("#titleEn").fill("Party history study course");
        page.locator("form[action$='/news/desk'] button[type=submit]:not([name=then])")
                .click();
        page.waitForURL(url -> url.matches(".*/news/desk/\\d+$"));
        String article = page.url().substring(page.url().indexOf("/news/desk/"));
        page.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(page.locator("#review-reasons")).containsText("您创建或修改过第 1 稿，不能审核通过它");
        assertThat(page.locator("#review-panel button.btn-success")).hasCount(0);
        assertThat(page.locator("#review-panel")).containsText("退回");
        screenshot("own-revision-zh");
        page.navigate(article + "?lang=en");
        assertThat(page.locator("#review-reasons")).containsText("You created or edited revision 1");
        screenshot("own-revision-en");

        as("checker", checker -> {
            checker.navigate(article + "?lang=zh-CN");
            checker.locator("#review-panel button.btn-success").click();
            assertThat(checker.locator(".alert-success")).containsText("已审核通过");
            assertThat(checker.locator("#awaiting-publication")).containsText("第 1 稿已审核通过，等待新闻发布人员发布");
            screenshotOf(checker, "awaiting-publisher-zh");
            checker.navigate(article + "?lang=en");
            assertThat(checker.locator("#awaiting-publication")).containsText("waits for a news publisher");
            screenshotOf(checker, "awaiting-publisher-en");
            checker.locator("form[action$='/publish'] button[type=submit]").click();
            assertThat(checker.locator(".alert-success")).containsText("Published");
        });

        as("boss", boss -> {
            boss.navigate("/news/review-setting?lang=zh-CN");
            boss.locator("#publishedByReviewer").check();
            boss.locator("form[action$='/news/review-setting'] button[type=submit]")
                    .click();
            assertThat(boss.locator(".alert-success")).containsText("新闻审核设置已保存");
            assertThat(boss.locator("#publishedByReviewer")).isChecked();
            screenshotOf(boss, "setting-zh");
            boss.navigate("/news/review-setting?lang=en");
            screenshotOf(boss, "setting-en");
        });

        page.navigate(article + "?lang=zh-CN");
        page.locator("#titleZh").fill("党史学习教育专题培训（更新）");
        page.locator("form[action$='" + article + "'] button[type=submit]:not([name=then])")
                .click();
        page.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(page.locator("#review-setting-note")).containsText("审核通过即发布");

        as("checker", checker -> {
            checker.navigate(article + "?lang=zh-CN");
            assertThat(checker.locator("#review-panel button.btn-success")).hasText("通过并发布");
            screenshotOf(checker, "approve-and-publish-zh");
            checker.locator("#review-panel button.btn-success").click();
            assertThat(checker.locator(".alert-success")).containsText("已审核通过并发布");
            checker.navigate(article.replace("/news/desk/", "/news/articles/"));
            assertThat(checker.locator("h1")).hasText("党史学习教育专题培训（更新）");
        });
    }

    private void as(String username, Consumer<Page> steps) {
        Page other = page.context().browser().newContext(options()).newPage();
        try {
            signIn(other, username);
            steps.accept(other);
        } finally {
            other.context().close();
        }
    }

    private com.microsoft.playwright.Browser.NewContextOptions options() {
        return new com.microsoft.playwright.Browser.NewContextOptions()
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
