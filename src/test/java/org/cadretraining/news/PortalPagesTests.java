package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class PortalPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    BrowseCounter counter;

    @Autowired
    NewsPages pages;

    @Autowired
    JdbcClient jdbc;

    NewsFixture news;

    @BeforeEach
    void newsroom() {
        news = new NewsFixture(desk, review, columns);
    }

    @Test
    void anyoneReadsAPublishedArticleWithoutSigningInAndSeesItsFacts() throws Exception {
        long id = news.published("领导干部政治能力提升培训班");

        MvcTestResult page = mvc.get().uri("/news/articles/" + id).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("领导干部政治能力提升培训班", "发布时间：", "来源：", "浏览次数：", "上一条：", "下一条：");
        MvcTestResult english =
                mvc.get().uri("/news/articles/" + id + "?lang=en").exchange();
        assertThat(english.getResponse().getContentAsString())
                .contains("领导干部政治能力提升培训班 (en)", "Release time:", "Translated by Basic Courses Department");
    }

    @Test
    void anArticleReadersCannotSeeIsARealNotFound() {
        long draft = news.approved("未发布");

        assertThat(mvc.get().uri("/news/articles/" + draft)).hasStatus(404);
        assertThat(mvc.get().uri("/news/articles/987654321")).hasStatus(404);
        assertThat(mvc.get().uri("/news/columns/no-such-column")).hasStatus(404);
        assertThat(mvc.get().uri("/news/articles/abc")).hasStatus(404);
        MvcTestResult noFeed =
                mvc.get().uri("/news/columns/no-such-column/feed.atom").exchange();
        assertThat(noFeed).hasStatus(404);
        assertThat(noFeed.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void anUnchangedPageAnswers304AndTheViewStillCounts() {
        long id = news.published("缓存");
        counter.flush();

        MvcTestResult first = mvc.get().uri("/news/articles/" + id).exchange();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        MvcTestResult again = mvc.get()
                .uri("/news/articles/" + id)
                .header("If-None-Match", etag)
                .exchange();

        assertThat(again).hasStatus(304);
        counter.flush();
        assertThat(storedCount(id)).isEqualTo(2);

        review.unpublish(id, "撤下", news.publisher);
        assertThat(mvc.get().uri("/news/articles/" + id).header("If-None-Match", etag))
                .hasStatus(404);
    }

    /**
     * A caching proxy in front may keep an article page only until the end of the second in which this node last
     * knew it current: rendered, from memory, or confirmed by 304, each answer says so for its own moment.
     */
    @Test
    void aProxyMayKeepAnArticlePageNoLongerThanASecondAfterTheNodeKnewItCurrent() {
        long id = news.published("代理保留");
        long before = System.currentTimeMillis() / 1000;
        pages.watch();

        MvcTestResult rendered = mvc.get().uri("/news/articles/" + id).exchange();
        MvcTestResult kept = mvc.get().uri("/news/articles/" + id).exchange();
        MvcTestResult confirmed = mvc.get()
                .uri("/news/articles/" + id)
                .header("If-None-Match", rendered.getResponse().getHeader("ETag"))
                .exchange();
        long now = System.currentTimeMillis() / 1000;

        for (MvcTestResult answer : List.of(rendered, kept, confirmed)) {
            String until = answer.getResponse().getHeader(ArticlePageCache.PROXY_FRESH_UNTIL);
            assertThat(until).startsWith("@");
            assertThat(Long.parseLong(until.substring(1))).isBetween(before, now);
        }
        assertThat(confirmed).hasStatus(304);
        assertThat(mvc.get().uri("/news/articles/999999999"))
                .hasStatus(404)
                .doesNotContainHeader(ArticlePageCache.PROXY_FRESH_UNTIL);
    }

    /** After the first view, the page comes from memory: it must still count, show the count and say no to 404s. */
    @Test
    void aPageServedFromMemoryCountsEachViewShowsTheCountAndKeepsTheHeaders() throws Exception {
        long id = news.published("内存中的页面");
        counter.flush();

        MvcTestResult rendered = mvc.get().uri("/news/articles/" + id).exchange();
        // written behind the newsroom's back, so no new version: a page kept in memory does not show it
        jdbc.sql("update news_translation set title = '改过的标题' where article_id = ?")
                .param(id)
                .update();
        MvcTestResult second = mvc.get().uri("/news/articles/" + id).exchange();
        MvcTestResult third = mvc.get().uri("/news/articles/" + id).exchange();

        assertThat(second.getResponse().getContentAsString()).contains("内存中的页面").doesNotContain("改过的标题");
        assertThat(shownCount(rendered)).isEqualTo(1);
        assertThat(shownCount(second)).isEqualTo(2);
        assertThat(shownCount(third)).isEqualTo(3);
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "ETag")) {
            assertThat(third.getResponse().getHeader(header))
                    .as(header)
                    .isNotNull()
                    .isEqualTo(rendered.getResponse().getHeader(header));
        }
        assertThat(third.getResponse().getContentType())
                .isEqualTo(rendered.getResponse().getContentType());
        String withoutCount = rendered.getResponse().getContentAsString().replaceFirst(COUNT, "");
        assertThat(third.getResponse().getContentAsString().replaceFirst(COUNT, ""))
                .isEqualTo(withoutCount);
        counter.flush();
        assertThat(storedCount(id)).isEqualTo(3);

        MvcTestResult english = mvc.get()
                .uri("/news/articles/" + id)
                .cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                .exchange();
        assertThat(english.getResponse().getContentAsString()).contains("Release time:");
        assertThat(shownCount(english)).isEqualTo(4);

        review.unpublish(id, "撤下", news.publisher);
        assertThat(mvc.get().uri("/news/articles/" + id)).hasStatus(404);
        counter.flush();
        assertThat(storedCount(id)).isEqualTo(4);
    }

    /**
     * Saving a draft changes nothing readers see, so the kept pages stay; moving a published article to another
     * column does, so they are rendered again. A language the site never sets is rendered, never kept.
     */
    @Test
    void onlyChangesReadersSeeRenderKeptPagesAgainAndAnUnknownLanguageIsNeverKept() throws Exception {
        long id = news.published("保留的页面");
        mvc.get().uri("/news/articles/" + id).exchange();
        jdbc.sql("update news_translation set title = '背后改的标题' where article_id = ?")
                .param(id)
                .update();

        desk.edit(id, news.column, NewsFixture.text("草稿改动", "Draft change", "<p>草稿</p>"), news.editor);
        assertThat(mvc.get().uri("/news/articles/" + id))
                .bodyText()
                .as("after a draft was saved")
                .contains("保留的页面")
                .doesNotContain("背后改的标题");

        MvcTestResult unknown = mvc.get()
                .uri("/news/articles/" + id)
                .cookie(new jakarta.servlet.http.Cookie("lang", "fr-CA"))
                .exchange();
        assertThat(unknown).hasStatusOk();
        assertThat(unknown.getResponse().getContentAsString())
                .as("rendered for the odd language")
                .contains("背后改的标题");

        long other = columns.create(
                "o-" + news.prefix, new LocalizedText("其他" + news.prefix, "Other " + news.prefix), null, 1);
        desk.edit(id, other, NewsFixture.text("草稿改动", "Draft change", "<p>草稿</p>"), news.editor);
        assertThat(mvc.get().uri("/news/articles/" + id))
                .bodyText()
                .as("after the published article moved column")
                .contains("背后改的标题");
    }

    private static final String COUNT = "id=\"browse-count\"([^>]*)>\\d+<";

    private static long shownCount(MvcTestResult page) throws Exception {
        var matcher = java.util.regex.Pattern.compile("id=\"browse-count\"[^>]*>(\\d+)<")
                .matcher(page.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void parallelViewsAreCountedExactly() throws Exception {
        long id = news.published("并发");
        int views = 400;
        try (var pool = Executors.newFixedThreadPool(16)) {
            var done = IntStream.range(0, views)
                    .mapToObj(i -> pool.submit(() -> {
                        if (i % 50 == 0) {
                            counter.flush();
                        }
                        return mvc.get()
                                .uri("/news/articles/" + id)
                                .exchange()
                                .getResponse()
                                .getStatus();
                    }))
                    .toList();
            for (var view : done) {
                assertThat(view.get()).isEqualTo(200);
            }
        }
        counter.flush();

        assertThat(storedCount(id)).isEqualTo(views);
        assertThat(mvc.get()
                        .uri("/news/articles/" + id + "/views")
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(String.valueOf(views));
    }

    @Test
    void searchFindsAChineseWordInsideRunningTextButNotInMarkupOrUnpublishedArticles() throws Exception {
        long id = desk.create(
                        news.column,
                        Language.zh,
                        NewsFixture.text(
                                "学习" + news.prefix,
                                null,
                                "<p>参训干部参观了塔山阻击战纪念馆和东湖公园。</p><table><tr><td>x</td></tr></table>"),
                        news.editor)
                .id();
        review.submit(id, news.editor);
        review.approve(id, null, news.reviewer);
        long unpublished = news.approved("阻击战" + news.prefix);

        String found = mvc.get()
                .uri("/news/search")
                .param("q", "阻击战 " + news.prefix)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(found).doesNotContain("/news/articles/" + id + "\"");
        review.publish(id, null, news.publisher);
        found = mvc.get()
                .uri("/news/search")
                .param("q", "阻击战 " + news.prefix)
                .exchange()
                .getResponse()
                .getContentAsString();

        assertThat(found)
                .contains("/news/articles/" + id + "\"")
                .doesNotContain("/news/articles/" + unpublished + "\"");
        assertThat(mvc.get()
                        .uri("/news/search")
                        .param("q", "table " + news.prefix)
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/news/articles/" + id + "\"");
    }

    @Test
    void eachColumnHasAnAtomFeedAndTheSiteHasASitemap() throws Exception {
        long id = news.published("订阅" + news.prefix);
        long hidden = news.approved("未发布" + news.prefix);

        MvcTestResult feed =
                mvc.get().uri("/news/columns/c-" + news.prefix + "/feed.atom").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
        assertThat(feed.getResponse().getContentAsString())
                .contains("<feed", "订阅" + news.prefix, "/news/articles/" + id)
                .doesNotContain("/news/articles/" + hidden + "<");

        String sitemap = mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
        assertThat(sitemap)
                .contains("<urlset", "/news/articles/" + id + "</loc>", "/news/columns/c-" + news.prefix + "</loc>")
                .doesNotContain("/news/articles/" + hidden + "</loc>");
    }

    @Test
    void theNewsroomIsForNewsStaffOnly() {
        assertThat(mvc.get().uri("/news/desk")).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/news/desk")
                        .with(org.cadretraining.support.TestPrincipal.as(
                                org.cadretraining.support.TestPrincipal.organiser())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/news/desk").with(org.cadretraining.support.TestPrincipal.as(news.editor)))
                .hasStatusOk();
    }

    private long storedCount(long id) {
        return jdbc.sql("select browse_count from news_article where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
