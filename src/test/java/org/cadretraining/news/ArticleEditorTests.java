package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.idOf;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the article editor asks of the server: images for the text (readers get one only while the live text shows
 * it), pasted HTML cleaned by the portal's sanitiser, course photos for the text and the cover, and the preview on
 * the portal's template; each only for the newsroom person who may do it.
 */
@AccountWebTest
class ArticleEditorTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    NewsFixture news;

    @BeforeEach
    void newsroom() {
        news = new NewsFixture(desk, review, columns);
    }

    @Test
    void anImageInTheTextIsTheArticlesOwnAndReadersSeeItOnlyWhileTheLiveTextShowsIt() throws Exception {
        long id = draft("<p>开班</p>");
        String shown = address(upload(id, image("开班式.png", NewsUploadTests.PNG)));
        String unused = address(upload(id, image("备用.png", NewsUploadTests.PNG)));
        assertThat(shown).matches("/news/articles/" + id + "/files/\\d+");

        assertThat(mvc.get().uri(shown)).hasStatus(404);
        assertThat(mvc.get().uri(shown).with(as(news.reviewer))).hasStatusOk();
        assertThat(mvc.get().uri(shown).with(as(TestPrincipal.cadre()))).hasStatus(404);

        String body = "<p>开班</p><figure><img src=\"" + shown + "\" alt=\"开班式\"><figcaption>开班式</figcaption></figure>";
        desk.edit(id, news.column, NewsFixture.text("图文" + news.prefix, null, body), news.editor);
        review.submit(id, news.editor);
        review.approve(id, null, news.reviewer);
        assertThat(mvc.get().uri(shown)).hasStatus(404);
        review.publish(id, null, news.publisher);

        assertThat(mvc.get().uri(shown)).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
        assertThat(mvc.get().uri(unused)).hasStatus(404);
        // a new draft without the image: the live text still shows it, so readers still get it
        desk.edit(id, news.column, NewsFixture.text("图文" + news.prefix, null, "<p>改</p>"), news.editor);
        assertThat(mvc.get().uri(shown)).hasStatusOk();
    }

    @Test
    void onlyAPhotoWithinTheLimitGoesIntoTheTextAndOnlyAnEditorPutsItThere() throws Exception {
        long id = draft("<p>x</p>");

        MvcTestResult pdf = upload(id, image("日程.pdf", NewsUploadTests.PDF));
        assertThat(pdf).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(pdf.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("文件“日程.pdf”不能插入正文：只接受 JPG、PNG 或 WebP 图片。");
        byte[] big = new byte[(int) desk.maxCoverBytes() + 1];
        System.arraycopy(NewsUploadTests.PNG, 0, big, 0, NewsUploadTests.PNG.length);
        assertThat(upload(id, image("大.png", big)).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("图片“大.png”太大，不能超过 5 MB。");
        assertThat(mvc.perform(multipart("/news/desk/" + id + "/images")
                        .with(as(news.editor))
                        .with(csrf())))
                .hasStatus(400)
                .bodyText()
                .contains("请选择要插入正文的图片。");
        assertThat(mvc.perform(multipart("/news/desk/" + id + "/images")
                        .file(image("a.png", NewsUploadTests.PNG))
                        .with(as(news.reviewer))
                        .with(csrf())))
                .hasStatus(403);
        assertThat(mvc.perform(multipart("/news/desk/" + id + "/images")
                        .file(image("a.png", NewsUploadTests.PNG))
                        .with(as(news.editor))))
                .hasStatus(403);
        assertThat(mvc.perform(multipart("/news/desk/999999999/images")
                        .file(image("a.png", NewsUploadTests.PNG))
                        .with(as(news.editor))
                        .with(csrf())))
                .hasStatus(404);
        assertThat(jdbc.sql("select count(*) from news_file where article_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void pastedHtmlIsCleanedByThePortalsSanitiserForEditorsOnly() throws Exception {
        String word = "<p class=MsoNormal style='mso-x:1' onclick='x()'><span style='font-family:宋体'>培训</span>"
                + "<o:p></o:p></p><script>steal()</script><img src='data:image/png;base64,AA'>";

        assertThat(clean(word, news.editor))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("html")
                .isEqualTo("<p>培训</p>");
        assertThat(clean(word, news.reviewer)).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/news/desk/rich-text")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(word)
                        .with(as(news.editor)))
                .hasStatus(403);
    }

    @Test
    void aCoursePhotoGoesIntoTheTextAsTheArticlesOwnCopyAndBecomesTheCoverOnSave() throws Exception {
        long photo = coursePhoto();
        long id = draft("<p>x</p>");

        assertThat(mvc.get().uri("/news/desk/course-photos").with(as(news.editor)))
                .hasStatusOk()
                .bodyText()
                .contains("\"photos\":1");
        assertThat(mvc.get().uri(ArticleEditorController.photoAddress(photo)).with(as(news.editor)))
                .hasStatusOk();
        assertThat(mvc.get().uri(ArticleEditorController.photoAddress(photo)).with(as(TestPrincipal.cadre())))
                .hasStatus(403);
        MvcTestResult copied = mvc.post()
                .uri("/news/desk/" + id + "/images/course-photos/" + photo)
                .with(as(news.editor))
                .with(csrf())
                .exchange();
        assertThat(copied).hasStatus(201);
        assertThat(mvc.get().uri(address(copied)).with(as(news.editor))).hasStatusOk();

        assertThat(mvc.perform(multipart("/news/desk/" + id)
                        .with(as(news.editor))
                        .with(csrf())
                        .param("columnId", Long.toString(news.column))
                        .param("originalLanguage", "zh")
                        .param("titleZh", "封面" + news.prefix)
                        .param("bodyZh", "<p>x</p>")
                        .param("coverPhotoId", Long.toString(photo))))
                .hasStatus3xxRedirection();
        Long cover = desk.get(id, news.editor).latest().coverFileId();
        assertThat(cover).isNotNull();
        assertThat(jdbc.sql("select name from news_file where id = ?")
                        .param(cover)
                        .query(String.class)
                        .single())
                .isEqualTo("开班式.png");
    }

    @Test
    void thePreviewIsThePortalsPageOfTheLatestRevisionForTheNewsroomOnly() throws Exception {
        long id = news.published("已发布" + news.prefix);
        desk.edit(id, news.column, NewsFixture.text("新稿" + news.prefix, null, "<h2>新小标题</h2>"), news.editor);

        MvcTestResult preview = mvc.get()
                .uri("/news/desk/" + id + "/preview")
                .with(as(news.reviewer))
                .exchange();
        assertThat(preview).hasStatusOk();
        assertThat(preview.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("portal-preview-bar", "portal-article-body", "新稿" + news.prefix, "<h2>新小标题</h2>")
                .doesNotContain("hx-get");
        assertThat(mvc.get().uri("/news/articles/" + id))
                .bodyText()
                .contains("已发布" + news.prefix)
                .doesNotContain("新稿" + news.prefix, "portal-preview-bar");
        assertThat(mvc.get().uri("/news/desk/" + id + "/preview").with(as(TestPrincipal.cadre())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/news/desk/" + id + "/preview")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/news/desk/999999999/preview").with(as(news.editor)))
                .hasStatus(404);
    }

    @Test
    void saveAndPreviewSavesTheDraftAndOpensItsPreview() {
        assertThat(mvc.perform(multipart("/news/desk")
                        .with(as(news.editor))
                        .with(csrf())
                        .param("columnId", Long.toString(news.column))
                        .param("originalLanguage", "zh")
                        .param("titleZh", "预览" + news.prefix)
                        .param("bodyZh", "<p>x</p>")
                        .param("then", "preview")))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .matches("/news/desk/\\d+/preview");
    }

    private long draft(String body) {
        return desk.create(news.column, Language.zh, NewsFixture.text("图文" + news.prefix, null, body), news.editor)
                .id();
    }

    private MvcTestResult upload(long id, MockMultipartFile file) {
        return mvc.perform(multipart("/news/desk/" + id + "/images")
                .file(file)
                .with(as(news.editor))
                .with(csrf()));
    }

    private MvcTestResult clean(String html, org.cadretraining.shared.CurrentUser who) {
        return mvc.post()
                .uri("/news/desk/rich-text")
                .contentType(MediaType.TEXT_PLAIN)
                .content(html)
                .with(as(who))
                .with(csrf())
                .exchange();
    }

    private static String address(MvcTestResult result) throws Exception {
        assertThat(result).hasStatus(201);
        JsonNode image = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        return image.get("address").asString();
    }

    private static MockMultipartFile image(String name, byte[] content) {
        return new MockMultipartFile("image", name, "application/octet-stream", content);
    }

    /** A photo on a course of its own; returns the photo's id. */
    private long coursePhoto() {
        long unit = directory.registerUnit(new UnitDetails(
                news.prefix + "U",
                new LocalizedText("单位" + news.prefix, "Unit"),
                UnitKind.PARTY_COMMITTEE,
                null,
                true));
        long course = idOf(
                ApiCalls.postJson(mvc, "/api/v1/courses", """
                {"titleZh": "有照片的培训班 %s", "organiserUnitId": %d, "startsOn": "2026-11-20", "endsOn": "2026-11-21",
                 "capacity": 20, "requiredHours": 8, "category": "THEORY"}
                """.formatted(news.prefix, unit), TestPrincipal.organiser()));
        assertThat(mvc.post()
                        .uri("/api/v1/courses/" + course + "/open-nominations")
                        .with(as(TestPrincipal.organiser())))
                .hasStatusOk();
        assertThat(mvc.perform(multipart("/courses/" + course + "/photos")
                        .file(new MockMultipartFile("files", "开班式.png", "image/png", NewsUploadTests.PNG))
                        .param("caption", "开班式")
                        .with(as(TestPrincipal.organiser()))
                        .with(csrf())))
                .hasStatus3xxRedirection();
        return jdbc.sql("select id from course_photo where course_id = ?")
                .param(course)
                .query(Long.class)
                .single();
    }
}
