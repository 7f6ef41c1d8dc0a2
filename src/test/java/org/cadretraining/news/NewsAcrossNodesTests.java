package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.cadretraining.support.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, each keeping rendered article pages in memory: a change made on one node (an edit, an
 * unpublishing, a scheduled release) is served by the other within a second, with a fresh ETag and never a stale 304;
 * views counted on both nodes add up exactly, and the count either node shows takes in the other's views.
 */
class NewsAcrossNodesTests {

    /** What "within a second" allows; the nodes learn a change within the watch interval (250 ms). */
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static TwoNodes nodes;
    private static NewsFixture onFirst;

    @BeforeAll
    static void start() throws Exception {
        nodes = TwoNodes.start();
        ConfigurableApplicationContext first = nodes.first;
        onFirst = new NewsFixture(
                first.getBean(NewsDesk.class), first.getBean(NewsReview.class), first.getBean(NewsColumns.class));
    }

    @AfterAll
    static void stop() throws Exception {
        nodes.close();
    }

    @Test
    void anEditOnOneNodeIsServedWithAFreshETagByTheOtherWithinASecond() throws Exception {
        long id = onFirst.published("第一版");
        String path = "/news/articles/" + id;
        // publishing is itself a change the second node learns within the interval: from then on both agree
        String firstTag =
                nodes.get(nodes.first, path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> before = within(
                () -> nodes.get(nodes.second, path),
                page -> firstTag.equals(page.headers().firstValue("ETag").orElse(null)));
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("第一版");
        String oldTag = before.headers().firstValue("ETag").orElseThrow();
        // the second view comes from the second node's memory, and a matching ETag is answered 304 there
        assertThat(nodes.get(nodes.second, path).body()).contains("第一版");
        assertThat(nodes.get(nodes.second, path, "If-None-Match", oldTag).statusCode())
                .isEqualTo(304);

        revise(id, "第二版");

        HttpResponse<String> after =
                within(() -> nodes.get(nodes.second, path), page -> page.body().contains("第二版"));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).doesNotContain("第一版");
        String newTag = after.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(oldTag);
        assertThat(nodes.get(nodes.second, path, "If-None-Match", oldTag).statusCode())
                .as("no stale 304 for the old page")
                .isEqualTo(200);
        assertThat(nodes.get(nodes.first, path).headers().firstValue("ETag"))
                .as("both nodes give the page the same ETag")
                .contains(newTag);
    }

    @Test
    void anArticleUnpublishedOnOneNodeIsGoneFromTheOtherWithinASecond() throws Exception {
        long id = onFirst.published("撤下的文章");
        String path = "/news/articles/" + id;
        HttpResponse<String> kept = nodes.get(nodes.second, path);
        String tag = kept.headers().firstValue("ETag").orElseThrow();
        assertThat(nodes.get(nodes.second, path).statusCode()).isEqualTo(200);

        onFirst.review.unpublish(id, "撤稿", onFirst.publisher);

        within(() -> nodes.get(nodes.second, path), page -> page.statusCode() == 404);
        assertThat(nodes.get(nodes.second, path, "If-None-Match", tag).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aReleaseScheduledOnOneNodeComesOutOnTheOtherOnTime() throws Exception {
        long id = onFirst.approved("定时发布");
        // far enough ahead that publishing and the first look are done before it, also on a busy machine
        Instant releaseAt = Instant.now().plusSeconds(6);
        onFirst.review.publish(id, releaseAt, onFirst.publisher);
        String path = "/news/articles/" + id;
        // the second node learns of the schedule (the shared version moved) and renders, keeping nothing, a 404
        within(() -> nodes.get(nodes.second, path), page -> page.statusCode() == 404);
        while (Instant.now().isBefore(releaseAt)) {
            Thread.sleep(50);
        }
        HttpResponse<String> released = within(() -> nodes.get(nodes.second, path), page -> page.statusCode() == 200);
        assertThat(released.body()).contains("定时发布");
    }

    @Test
    void viewsCountedOnBothNodesAddUpExactly() throws Exception {
        long id = onFirst.published("浏览计数");
        String path = "/news/articles/" + id;
        int perNode = 60;
        Thread[] readers = new Thread[4];
        for (int r = 0; r < readers.length; r++) {
            ConfigurableApplicationContext node = r % 2 == 0 ? nodes.first : nodes.second;
            readers[r] = Thread.ofVirtual().start(() -> {
                for (int i = 0; i < perNode / 2; i++) {
                    try {
                        assertThat(nodes.get(node, path).statusCode()).isEqualTo(200);
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    }
                }
            });
        }
        for (Thread reader : readers) {
            reader.join();
        }
        nodes.first.getBean(BrowseCounter.class).flush();
        nodes.second.getBean(BrowseCounter.class).flush();

        assertThat(nodes.first
                        .getBean(JdbcClient.class)
                        .sql("select browse_count from news_article where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L * perNode);
    }

    @Test
    void theCountEitherNodeShowsTakesInTheOtherNodesViewsWithinSeconds() throws Exception {
        long id = onFirst.published("两个节点的浏览计数");
        String path = "/news/articles/" + id;
        int views = 0;
        // the second node renders the page and keeps it; its next view comes from memory
        nodes.get(nodes.second, path);
        nodes.get(nodes.second, path);
        views += 2;
        for (int i = 0; i < 10; i++) {
            assertThat(nodes.get(nodes.first, path).statusCode()).isEqualTo(200);
            views++;
        }
        nodes.first.getBean(BrowseCounter.class).flush();

        // each look at the second node is a view too: it shows every view so far, this one included
        Instant deadline = Instant.now().plusSeconds(5);
        long shown = shownCount(nodes.get(nodes.second, path));
        views++;
        while (shown != views && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            shown = shownCount(nodes.get(nodes.second, path));
            views++;
        }
        assertThat(shown).as("the count the second node shows").isEqualTo(views);
    }

    private static long shownCount(HttpResponse<String> page) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"browse-count\"[^>]*>(\\d+)<")
                .matcher(page.body());
        assertThat(count.find()).isTrue();
        return Long.parseLong(count.group(1));
    }

    /** A second version of the article's text, taken through review and published on the first node. */
    private static void revise(long id, String title) {
        onFirst.desk.edit(
                id, onFirst.column, NewsFixture.text(title, title + " (en)", "<p>" + title + "</p>"), onFirst.editor);
        onFirst.review.submit(id, onFirst.editor);
        onFirst.review.approve(id, null, onFirst.reviewer);
        onFirst.review.publish(id, null, onFirst.publisher);
    }

    /** Asks until the answer is as expected, failing once the deadline has passed. */
    private static HttpResponse<String> within(
            Callable<HttpResponse<String>> ask, Predicate<HttpResponse<String>> expected) throws Exception {
        Instant deadline = Instant.now().plus(WITHIN);
        HttpResponse<String> answer = ask.call();
        while (!expected.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            answer = ask.call();
        }
        assertThat(expected.test(answer))
                .as("the other node answers as expected within %s: %s %s", WITHIN, answer.statusCode(), answer.body())
                .isTrue();
        return answer;
    }
}
