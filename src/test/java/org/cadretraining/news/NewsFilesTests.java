package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class NewsFilesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    JdbcClient jdbc;

    NewsFixture news;

    @BeforeEach
    void newsroom() {
        news = new NewsFixture(desk, review, columns);
    }

    private static FileChange.Incoming file(String name, byte[] content) {
        return new FileChange.Incoming(name, content);
    }

    private static FileChange adding(FileChange.Incoming cover, FileChange.Incoming... attachments) {
        return new FileChange(cover, false, List.of(attachments), List.of());
    }

    /** A published article with a cover and one attachment; returns its id. */
    private long publishedWithFiles(String title) {
        long id = desk.create(
                        news.column,
                        Language.zh,
                        NewsFixture.text(title, null, "<p>" + title + "</p>"),
                        adding(file("封面.png", NewsUploadTests.PNG), file("培训通知.pdf", NewsUploadTests.PDF)),
                        news.editor)
                .id();
        review.submit(id, news.editor);
        review.approve(id, null, news.reviewer);
        review.publish(id, null, news.publisher);
        return id;
    }

    private static String url(long article, long file) {
        return "/news/articles/" + article + "/files/" + file;
    }

    @Test
    void anExecutableNamedPdfIsRefusedNextToTheFieldAndTheRestOfTheFormIsKept() throws Exception {
        MvcTestResult refused = mvc.perform(multipart("/news/desk")
                .file(new MockMultipartFile("attachments", "通知.pdf", "application/pdf", NewsUploadTests.EXE))
                .with(as(news.editor))
                .with(csrf())
                .param("columnId", Long.toString(news.column))
                .param("originalLanguage", "zh")
                .param("titleZh", "带附件的新闻" + news.prefix)
                .param("bodyZh", "<p>正文</p>"));

        assertThat(refused).hasStatusOk();
        String page = refused.getResponse().getContentAsString();
        assertThat(page)
                .contains("文件“通知.pdf”不是允许的类型")
                .contains("value=\"带附件的新闻" + news.prefix + "\"")
                .contains("is-invalid");
        assertThat(jdbc.sql("select count(*) from news_translation where title = ?")
                        .param("带附件的新闻" + news.prefix)
                        .query(Integer.class)
                        .single())
                .as("nothing of the refused article is kept")
                .isZero();
    }

    @Test
    void aFileAboveTheConfiguredLimitIsRefusedAndNothingIsSaved() {
        byte[] big = new byte[(int) desk.maxAttachmentBytes() + 1];
        System.arraycopy(NewsUploadTests.PDF, 0, big, 0, NewsUploadTests.PDF.length);
        long id = news.published("大附件" + news.prefix);

        assertThatThrownBy(() -> desk.edit(
                        id,
                        news.column,
                        NewsFixture.text("大附件 新稿", null, "<p>x</p>"),
                        adding(null, file("大.pdf", big)),
                        news.editor))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments");
                    assertThat(refused.messageKey()).isEqualTo("news.file.tooLarge");
                });
        assertThat(desk.get(id, news.editor).revisions()).hasSize(1);
    }

    @Test
    void aCoverLargerThanItsOwnLimitIsRefusedOnThePage() throws Exception {
        byte[] big = new byte[(int) desk.maxCoverBytes() + 1];
        System.arraycopy(NewsUploadTests.PNG, 0, big, 0, NewsUploadTests.PNG.length);
        long id = news.approved("大封面" + news.prefix);

        MvcTestResult refused = mvc.perform(multipart("/news/desk/" + id)
                .file(new MockMultipartFile("cover", "封面.png", "image/png", big))
                .with(as(news.editor))
                .with(csrf())
                .param("columnId", Long.toString(news.column))
                .param("originalLanguage", "zh")
                .param("titleZh", "改过的标题" + news.prefix));

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("文件“封面.png”太大，不能超过 5 MB。")
                .contains("value=\"改过的标题" + news.prefix + "\"");
        NewsArticle unchanged = desk.get(id, news.editor);
        assertThat(unchanged.revisions()).hasSize(1);
        assertThat(unchanged.latest().translations().get(Language.zh).title()).isEqualTo("大封面" + news.prefix);
    }

    @Test
    void anAttachmentOfAnArticleReadersCannotSeeIsNotFound() throws Exception {
        long id = desk.create(
                        news.column,
                        Language.zh,
                        NewsFixture.text("未发布附件" + news.prefix, null, "<p>x</p>"),
                        adding(null, file("名单.pdf", NewsUploadTests.PDF)),
                        news.editor)
                .id();
        long attachment = desk.get(id, news.editor).latest().attachmentIds().getFirst();

        assertThat(mvc.get().uri(url(id, attachment))).hasStatus(404);
        review.submit(id, news.editor);
        review.approve(id, null, news.reviewer);
        assertThat(mvc.get().uri(url(id, attachment))).hasStatus(404);
        assertThat(mvc.get().uri("/news/desk/" + id + "/files/" + attachment).with(as(news.editor)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/news/desk/" + id + "/files/" + attachment).with(as(TestPrincipal.cadre())))
                .hasStatus(403);

        review.publish(id, null, news.publisher);
        assertThat(mvc.get().uri(url(id, attachment))).hasStatusOk();
        assertThat(mvc.get().uri(url(id + 1_000_000, attachment))).hasStatus(404);

        review.unpublish(id, "撤下", news.publisher);
        assertThat(mvc.get().uri(url(id, attachment))).hasStatus(404);
    }

    @Test
    void aPublishedAttachmentIsServedAsWhatItIsUnderItsChineseNameAndCanBeRevalidated() throws Exception {
        long id = publishedWithFiles("下载" + news.prefix);
        Revision live = desk.get(id, news.editor).latest();
        long attachment = live.attachmentIds().getFirst();

        MvcTestResult download = mvc.get().uri(url(id, attachment)).exchange();

        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        var response = download.getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(NewsUploadTests.PDF);
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("filename*=UTF-8''%E5%9F%B9%E8%AE%AD%E9%80%9A%E7%9F%A5.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=300").contains("public");
        String etag = response.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.get().uri(url(id, attachment)).header("If-None-Match", etag))
                .hasStatus(304);

        MvcTestResult cover = mvc.get().uri(url(id, live.coverFileId())).exchange();
        assertThat(cover).hasStatusOk().hasContentType("image/png");
        assertThat(cover.getResponse().getHeader("Content-Disposition")).startsWith("inline");
    }

    @Test
    void editingAPublishedArticleKeepsItsFilesAndChangesToThemWaitUntilTheNewRevisionIsPublished() {
        long id = publishedWithFiles("修订" + news.prefix);
        Revision first = desk.get(id, news.editor).latest();
        long cover = first.coverFileId();
        long notice = first.attachmentIds().getFirst();

        desk.edit(id, news.column, NewsFixture.text("修订 第二稿" + news.prefix, null, "<p>新</p>"), news.editor);

        Revision second = desk.get(id, news.editor).latest();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.coverFileId()).isEqualTo(cover);
        assertThat(second.attachmentIds()).containsExactly(notice);

        desk.edit(
                id,
                news.column,
                NewsFixture.text("修订 第二稿" + news.prefix, null, "<p>新</p>"),
                new FileChange(null, true, List.of(file("日程.txt", "第一天 报到".getBytes())), List.of(notice)),
                news.editor);
        Revision changed = desk.get(id, news.editor).latest();
        long schedule = changed.attachmentIds().getFirst();
        assertThat(changed.coverFileId()).isNull();
        assertThat(changed.attachmentIds()).containsExactly(schedule);

        assertThat(mvc.get().uri(url(id, notice))).hasStatusOk();
        assertThat(mvc.get().uri(url(id, cover))).hasStatusOk();
        assertThat(mvc.get().uri(url(id, schedule))).hasStatus(404);

        review.submit(id, news.editor);
        review.approve(id, null, news.reviewer);
        assertThat(mvc.get().uri(url(id, schedule)))
                .as("approved, but a publisher has not published it yet")
                .hasStatus(404);
        assertThat(mvc.get().uri(url(id, notice))).hasStatusOk();

        review.publish(id, null, news.publisher);

        assertThat(mvc.get().uri(url(id, schedule))).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
        assertThat(mvc.get().uri(url(id, notice))).hasStatus(404);
        assertThat(mvc.get().uri(url(id, cover))).hasStatus(404);
        assertThat(desk.get(id, news.editor).revisions().getFirst().attachmentIds())
                .as("the first revision keeps its files in the history")
                .containsExactly(notice);
    }

    @Test
    void theArticlePageListsAttachmentsWithNameAndSizeAndShowsTheCover() throws Exception {
        long id = publishedWithFiles("版面" + news.prefix);
        Revision live = desk.get(id, news.editor).latest();

        String page =
                mvc.get().uri("/news/articles/" + id).exchange().getResponse().getContentAsString();
        assertThat(page)
                .contains("附件")
                .contains("培训通知.pdf")
                .contains(NewsUploadTests.PDF.length + " B")
                .contains("src=\"" + url(id, live.coverFileId()) + "\"");
        String column = mvc.get()
                .uri("/news/columns/c-" + news.prefix)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(column).contains("src=\"" + url(id, live.coverFileId()) + "\"");

        String form = mvc.get()
                .uri("/news/desk/" + id)
                .with(as(news.editor))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("培训通知.pdf", "/news/desk/" + id + "/files/" + live.coverFileId());
    }
}
