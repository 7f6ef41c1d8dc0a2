package org.cadretraining.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
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
 * An article written with the editor from start to portal, on the demo data: an organiser puts a photo on the seed
 * course's photo page; an editor writes a heading and a table with the toolbar, pastes a passage from Word (Word's
 * HTML on the clipboard of a real paste event), inserts an uploaded image with its caption and a course photo,
 * chooses the course photo as the cover, saves and previews the page in both languages; another person reviews it,
 * a publisher publishes it, and a reader without an account sees it on the portal, images and all.
 */
@Import(AccountWebTest.Support.class)
@TestPropertySource(properties = "app.demo.enabled=true")
class ArticleEditorJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Editor journey password 2026";
    private static final String ZH = "#article-languages fieldset:nth-of-type(1) .jodit-wysiwyg";
    private static final String EN = "#article-languages fieldset:nth-of-type(2) .jodit-wysiwyg";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long course;

    @BeforeEach
    void newsroom() {
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        accounts.ready("editor", PASSWORD, Role.NEWS_EDITOR);
        accounts.ready("reviewer", PASSWORD, Role.NEWS_REVIEWER);
        accounts.ready("publisher", PASSWORD, Role.NEWS_PUBLISHER);
        course = jdbc.sql("select id from course where title_en = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();
    }

    @Test
    void anArticleWrittenWithTheEditorIsPreviewedReviewedPublishedAndRead() throws IOException {
        as("organiser", organiser -> {
            organiser.navigate("/courses/" + course + "/photos");
            organiser.locator("#files").setInputFiles(png("opening.png", Color.RED));
            organiser.locator("#caption").fill("开班式合影");
            organiser.locator("#photo-upload button[type=submit]").click();
            assertThat(organiser.locator("#course-photos figure")).hasCount(1);
            assertThat(organiser.locator("#course-photos figcaption")).containsText("开班式合影");
            screenshotOf(organiser, "course-photos-zh");
            organiser.navigate("/courses/" + course + "/photos?lang=en");
            screenshotOf(organiser, "course-photos-en");
        });

        List<String> refusedByPolicy = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        signIn(page, "editor");
        page.navigate("/news/desk/new");
        assertSideBySideAndStacked();
        page.locator("#columnId").selectOption(new SelectOption().setLabel("新闻"));
        page.locator("#titleZh").fill("编辑器撰写的培训新闻");
        page.locator("#titleEn").fill("A course report written in the editor");
        writeTheChineseText();
        page.locator(EN).click();
        page.keyboard().type("The course opened on 1 December.");
        page.locator("#save-and-preview").click();
        page.waitForURL(url -> url.matches(".*/news/desk/\\d+/preview$"));
        long article = Long.parseLong(page.url().replaceAll(".*/news/desk/(\\d+)/preview$", "$1"));

        page.navigate("/news/desk/" + article);
        insertAnUploadedImageAndACoursePhoto();
        String zhBefore = bodyOf("bodyZh");
        screenshot("editor-zh");
        page.locator("#save-and-preview").click();
        page.waitForURL("**/news/desk/" + article + "/preview");
        assertTheReadersPage(page, true);
        screenshot("preview-zh");
        page.locator(".portal-translations a").click();
        assertThat(page.locator("h1")).hasText("A course report written in the editor");
        assertThat(page.locator(".portal-preview-bar")).containsText("Preview");
        assertThat(page.locator(".portal-article-body")).containsText("The course opened on 1 December.");
        assertThat(page.locator(".portal-article-body figcaption")).hasText("开班式合影");
        assertImagesShown(page, 3);
        screenshot("preview-en");

        // what the editor made survives the sanitiser: the saved text, back in the editor, is what it wrote
        page.navigate("/news/desk/" + article + "?lang=en");
        assertThat(page.locator(ZH + " table")).hasCount(2);
        assertThat(bodyOf("bodyZh")).isEqualTo(zhBefore);
        screenshot("editor-en");
        page.navigate("/news/desk/" + article + "?lang=zh-CN");
        page.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("已提交审核");

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

        assertThat(refusedByPolicy)
                .as("the editor works under the site's content security policy")
                .isEmpty();

        Page reader = page.context().browser().newContext(options()).newPage();
        try {
            reader.navigate("/news/articles/" + article);
            assertTheReadersPage(reader, false);
            screenshotOf(reader, "reader-zh");
        } finally {
            reader.context().close();
        }
    }

    /** The Chinese original and the English translation side by side, or one above the other. */
    private void assertSideBySideAndStacked() {
        Locator zh = page.locator("#article-languages fieldset").nth(0);
        Locator en = page.locator("#article-languages fieldset").nth(1);
        assertThat(zh.boundingBox().y).isEqualTo(en.boundingBox().y);
        assertThat(en.boundingBox().x).isGreaterThan(zh.boundingBox().x + zh.boundingBox().width / 2);
        page.locator("#side-by-side").uncheck();
        assertThat(en.boundingBox().y).isGreaterThan(zh.boundingBox().y + zh.boundingBox().height / 2);
        assertThat(en.boundingBox().x).isEqualTo(zh.boundingBox().x);
        page.locator("#side-by-side").check();
    }

    /** A heading and a table from the toolbar, and a passage pasted from Word. */
    private void writeTheChineseText() throws IOException {
        page.locator(ZH).click();
        page.keyboard().type("培训班开班");
        toolbar(0, "paragraph").locator(".jodit-toolbar-button__trigger").click();
        page.locator(".jodit-popup .jodit-toolbar-button_h2 button").click();
        assertThat(page.locator(ZH + " h2")).hasText("培训班开班");
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        page.keyboard().type("日程如下：");
        page.keyboard().press("Enter");
        toolbar(0, "table").locator("button").first().click();
        Locator cell = page.locator(".jodit-form__container span[data-index='11']");
        cell.hover();
        cell.click();
        assertThat(page.locator(ZH + " table tr")).hasCount(2);
        page.keyboard().type("日期");
        page.keyboard().press("Tab");
        page.keyboard().type("内容");
        page.locator(ZH + " p").first().click();
        page.keyboard().press("End");

        String word = resource("/news/word-paste.html");
        page.waitForResponse(
                response -> response.url().endsWith("/news/desk/rich-text") && response.ok(),
                () -> page.evaluate("""
                        ([selector, html]) => {
                          const clipboard = new DataTransfer();
                          clipboard.setData('text/html', html);
                          clipboard.setData('text/plain', '12月1日，全市领导干部政治能力提升培训班在市委党校开班。');
                          document.querySelector(selector).dispatchEvent(
                            new ClipboardEvent('paste', {clipboardData: clipboard, bubbles: true, cancelable: true}));
                        }""", List.of(ZH, word)));
        assertThat(page.locator(ZH + " b")).hasText("全市领导干部");
        assertThat(page.locator("#editor-notice")).containsText("有 1 张图片没有带过来");
        assertThat(page.locator(ZH)).not().containsText("mso");
        assertThat(page.locator(ZH + " [style], " + ZH + " [class]")).hasCount(0);
    }

    private void insertAnUploadedImageAndACoursePhoto() {
        page.locator("#image-file").setInputFiles(png("lecture.png", Color.BLUE));
        page.locator("#image-caption").fill("专题讲座");
        page.locator("#image-target").selectOption("zh");
        page.locator("#image-insert").click();
        assertThat(page.locator(ZH + " figure figcaption")).hasText("专题讲座");

        page.locator("#photo-course").selectOption(Long.toString(course));
        Locator photo = page.locator("#photo-list .course-photo-choice").first();
        page.locator("#image-target").selectOption("en");
        photo.locator("button").first().click();
        assertThat(page.locator(EN + " figure figcaption")).hasText("开班式合影");
        pasteAScreenshotIntoTheEnglishText();
        photo.locator("button").nth(1).click();
        assertThat(page.locator("#cover-photo-chosen")).containsText("开班式合影");
        page.locator("#image-target").selectOption("zh");
        page.locator("#photo-list .course-photo-choice button").first().click();
        assertThat(page.locator(ZH + " figure")).hasCount(2);
    }

    /** A picture on the clipboard (a screenshot) is kept with the article like an uploaded image. */
    private void pasteAScreenshotIntoTheEnglishText() {
        String picture = java.util.Base64.getEncoder().encodeToString(png("screenshot.png", Color.GREEN).buffer);
        page.waitForResponse(
                response -> response.url().endsWith("/images") && response.status() == 201,
                () -> page.evaluate("""
                        ([selector, picture]) => {
                          const bytes = Uint8Array.from(atob(picture), c => c.charCodeAt(0));
                          const clipboard = new DataTransfer();
                          clipboard.items.add(new File([bytes], 'screenshot.png', {type: 'image/png'}));
                          document.querySelector(selector).dispatchEvent(
                            new ClipboardEvent('paste', {clipboardData: clipboard, bubbles: true, cancelable: true}));
                        }""", List.of(EN, picture)));
        assertThat(page.locator(EN + " figure img")).hasCount(2);
        assertThat(page.locator(EN + " img[src^='data:']")).hasCount(0);
    }

    /** The page readers see (or will see): heading, table, Word's passage, images with captions, the cover. */
    private static void assertTheReadersPage(Page on, boolean preview) {
        assertThat(on.locator("h1")).hasText("编辑器撰写的培训新闻");
        assertThat(on.locator(".portal-preview-bar")).hasCount(preview ? 1 : 0);
        Locator body = on.locator(".portal-article-body");
        assertThat(body.locator("h2").first()).hasText("培训班开班");
        assertThat(body.locator("table").last().locator("td")).hasCount(4);
        assertThat(body.locator("b")).hasText("全市领导干部");
        assertThat(body.locator("figure figcaption")).hasCount(2);
        assertThat(body.locator("figure figcaption").allTextContents()).containsExactlyInAnyOrder("专题讲座", "开班式合影");
        assertThat(on.locator(".portal-article-cover")).hasCount(1);
        assertImagesShown(on, 3);
    }

    private static void assertImagesShown(Page on, int images) {
        assertThat(on.locator(".portal-article img")).hasCount(images);
        on.waitForFunction("() => [...document.querySelectorAll('.portal-article img')].every(i => i.complete)");
        Object broken = on.evaluate("() => [...document.querySelectorAll('.portal-article img')]"
                + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)");
        assertThat((List<?>) broken).isEmpty();
    }

    private Locator toolbar(int editor, String button) {
        return page.locator(".jodit-toolbar-button_" + button).nth(editor);
    }

    private String bodyOf(String field) {
        return (String)
                page.evaluate("(id) => Object.values(Jodit.instances).find(e => e.element.id === id).value", field);
    }

    private static FilePayload png(String name, Color colour) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 160, 120);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return new FilePayload(name, "image/png", bytes.toByteArray());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ArticleEditorJourneyTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
