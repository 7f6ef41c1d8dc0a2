package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadretraining.account.AccountWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Behind the caching proxy, the views it answers are counted from its log, each exactly once, and the views it passes
 * on are not counted by the node as well. The log's lines are written here as nginx writes them
 * ({@code deploy/nginx/cadre-training.conf}, log format {@code cadre_views}).
 */
@AccountWebTest
class ProxyViewLogTests {

    private static final Path LOG;

    static {
        try {
            LOG = Files.createTempDirectory("proxy-views").resolve("views.log");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void proxyLog(DynamicPropertyRegistry registry) {
        registry.add("app.news.proxy-view-log", LOG::toString);
        registry.add("app.news.proxy-view-log-poll-ms", () -> "3600000"); // the tests read it themselves
    }

    @Autowired
    ProxyViewLog proxyLog;

    @Autowired
    BrowseCounter counter;

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

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    long first;
    long second;

    @BeforeEach
    void articles() {
        NewsFixture news = new NewsFixture(desk, review, columns);
        first = news.published("代理计数一");
        second = news.published("代理计数二");
        proxyLog.poll(); // whatever earlier tests left in the log is counted before this one starts
        counter.flush();
    }

    @Test
    void eachViewInTheLogCountsOnceAndOnlyViewsCount() throws IOException {
        long firstBefore = stored(first);
        long secondBefore = stored(second);
        append("200 /news/articles/" + first + "\n"
                + "304 /news/articles/" + first + "\n"
                + "404 /news/articles/" + second + "\n" // not shown: no view
                + "200 /news/articles/" + second + "/views\n" // the count's own request
                + "garbled line\n"
                + "200 /news/articles/" + second + "\n"
                + "200 /news/articles/" + first); // nginx has not finished this line yet

        proxyLog.poll();
        proxyLog.poll(); // nothing new: nothing counted again

        assertThat(stored(first)).isEqualTo(firstBefore + 2);
        assertThat(stored(second)).isEqualTo(secondBefore + 1);

        append("\n");
        proxyLog.poll();

        assertThat(stored(first)).isEqualTo(firstBefore + 3);
    }

    /** nginx's log renamed to {@code views.log.1} and a new one opened: the old one's last lines still count. */
    @Test
    void theRestOfARotatedLogIsCountedBeforeTheNewOne() throws IOException {
        long before = stored(first);
        append("200 /news/articles/" + first + "\n");
        proxyLog.poll();
        append("200 /news/articles/" + first + "\n" + "200 /news/articles/" + first + "\n");
        Files.move(LOG, LOG.resolveSibling("views.log.1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        append("304 /news/articles/" + first + "\n");

        proxyLog.poll();
        proxyLog.poll();

        assertThat(stored(first)).isEqualTo(before + 4);
    }

    /** After a pause the log is long: read in rounds of a set size, each committed, to the last whole line. */
    @Test
    void aLongLogIsReadInRoundsUpToItsLastWholeLine() throws IOException {
        Path log = LOG.resolveSibling("long.log");
        ProxyViewLog smallRounds = new ProxyViewLog(jdbc, transactions, log.toString(), 64);
        smallRounds.poll(); // the log's row is made
        long before = stored(second);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append("200 /news/articles/").append(second).append('\n');
        }
        Files.writeString(log, lines + "304 /news/articles/" + second, StandardCharsets.US_ASCII);

        smallRounds.poll();

        assertThat(stored(second)).isEqualTo(before + 100);
    }

    /** Two nodes read the same log at the same moment: every line is still counted once. */
    @Test
    void nodesReadingTogetherCountEachLineOnce() throws Exception {
        long before = stored(second);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lines.append("200 /news/articles/").append(second).append('\n');
        }
        append(lines.toString());

        try (var nodes = Executors.newFixedThreadPool(4)) {
            java.util.List<Future<?>> rounds = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rounds.add(nodes.submit(proxyLog::poll));
            }
            for (Future<?> round : rounds) {
                round.get();
            }
        }
        proxyLog.poll(); // a round that found the row locked by another has left its lines to this one

        assertThat(stored(second)).isEqualTo(before + 5_000);
    }

    /** What the proxy passed on it counts in its log; the node counts only views that came past the proxy. */
    @Test
    void aViewTheProxyPassesOnIsCountedByItsLogNotByTheNodeToo() {
        long before = stored(first);

        for (int i = 0; i < 3; i++) { // rendered, then from the node's memory
            assertThat(mvc.get()
                            .uri("/news/articles/" + first)
                            .header(ProxyViewLog.COUNTED_BY_HEADER, ProxyViewLog.COUNTED_BY_PROXY))
                    .hasStatus(200);
        }
        assertThat(mvc.get().uri("/news/articles/" + first)).hasStatus(200);
        assertThat(mvc.get().uri("/news/articles/" + first).header(ProxyViewLog.COUNTED_BY_HEADER, "someone-else"))
                .hasStatus(200);
        counter.flush();

        assertThat(stored(first)).isEqualTo(before + 2);
    }

    /** Without a proxy log configured, the header means nothing: a node never skips a view nobody else counts. */
    @Test
    void withoutAProxyLogEveryViewIsCountedHeaderOrNot() {
        BrowseCounter alone = new BrowseCounter(jdbc, "");

        alone.count(first, ProxyViewLog.COUNTED_BY_PROXY);
        alone.count(first, null);

        assertThat(alone.pending(first)).isEqualTo(2);
    }

    private static void append(String text) throws IOException {
        Files.writeString(LOG, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long stored(long id) {
        return jdbc.sql("select browse_count from news_article where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
