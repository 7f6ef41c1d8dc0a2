package org.cadretraining.news;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadretraining.Application;
import org.cadretraining.shared.LocalizedText;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browse-count accuracy: N views of one published article from C concurrent HTTP clients against the whole
 * application on embedded PostgreSQL, then exactly N counted. Two rounds: the count read a little over a second after
 * the burst (the counter flushes every second), and a burst followed at once by stopping the application, the
 * count read after starting it again on the same data (the counter flushes when the application stops). Prints
 * views sent, views counted, throughput and latency. Run by {@code bench/news/browse-count.sh}.
 */
public final class BrowseCountBenchmark {

    private BrowseCountBenchmark() {}

    public static void main(String[] args) throws Exception {
        int views = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path data = Files.createTempDirectory("browse-count-");
        System.setProperty("spring.thymeleaf.cache", "true");
        long article;
        boolean allGood = true;
        try (ConfigurableApplicationContext context = start(data)) {
            article = context.getBean(NewsSetup.class)
                    .publish(
                            context.getBean(NewsSetup.class).column("bench", new LocalizedText("压力测试", "Benchmark"), 0),
                            List.of(new NewsSetup.Text("zh", "浏览计数", "", "<p>正文</p>", "", "", "")),
                            Instant.now().minusSeconds(60));
            String base = base(context);
            burst(base, article, views / 4, clients, "warm-up");
            Thread.sleep(1_500); // the warm-up's views are flushed before counting starts
            long before = stored(context, article);
            Round round = burst(base, article, views, clients, "concurrent views");
            Thread.sleep(1_500);
            long counted = stored(context, article) - before;
            allGood &= report(round, counted);

            before = stored(context, article);
            round = burst(base, article, views, clients, "views, then the application stops at once");
            context.close();
            try (ConfigurableApplicationContext again = start(data)) {
                counted = stored(again, article) - before;
                allGood &= report(round, counted);
            }
        }
        System.out.printf(
                "CPUs: %d, clients: %d, JDK %s%n",
                Runtime.getRuntime().availableProcessors(), clients, Runtime.version());
        System.out.println(allGood ? "OK: every view counted exactly once." : "FAILED: see above.");
        System.exit(allGood ? 0 : 1);
    }

    private static ConfigurableApplicationContext start(Path data) {
        // system properties outrank the test class path's config/application.properties (a throw-away database)
        System.setProperty("app.embedded-postgres.data-dir", data.toString());
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "WARN"));
        return application.run();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static long stored(ConfigurableApplicationContext context, long article) {
        return context.getBean(JdbcClient.class)
                .sql("select browse_count from news_article where id = ?")
                .param(article)
                .query(Long.class)
                .single();
    }

    /** {@code sent} counts the requests made, {@code failed} those that got no answer (an I/O error). */
    record Round(String name, int wanted, int sent, int failed, int ok, double seconds, long[] sortedNanos) {
        double percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }
    }

    private static boolean report(Round r, long counted) {
        boolean allAnswered = r.failed() == 0 && r.ok() == r.wanted() && r.sent() == r.wanted();
        boolean exact = allAnswered && counted == r.ok();
        System.out.printf(
                "| %s | %,d sent | %,d failed | %,d answered 200 | %,d counted | %,.0f views/s | p50 %.1f ms"
                        + " | p99 %.1f ms | %s |%n",
                r.name(),
                r.sent(),
                r.failed(),
                r.ok(),
                counted,
                r.ok() / r.seconds(),
                r.percentile(50),
                r.percentile(99),
                exact
                        ? "exact"
                        : allAnswered
                                ? "OFF BY " + (counted - r.ok())
                                : "NOT ALL ANSWERED (" + r.ok() + " of " + r.wanted() + ")");
        return exact;
    }

    private static Round burst(String base, long article, int views, int clients, String name) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        URI uri = URI.create(base + "/news/articles/" + article);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        long began;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    start.await();
                    while (next.getAndIncrement() < views) {
                        long t0 = System.nanoTime();
                        sent.incrementAndGet();
                        try {
                            HttpResponse<Void> response = http.send(
                                    HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                            latencies.add(System.nanoTime() - t0);
                            if (response.statusCode() == 200) {
                                ok.incrementAndGet();
                            }
                        } catch (java.io.IOException noAnswer) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            began = System.nanoTime();
            start.countDown();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Round(name, views, sent.get(), failed.get(), ok.get(), seconds, sorted);
    }
}
