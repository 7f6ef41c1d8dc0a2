package org.cadretraining.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cadretraining.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: each a whole application context with its own
 * web server on a free port, its own memory and its own scheduled work, sharing only the database.
 */
public final class TwoNodes implements AutoCloseable {

    private final EmbeddedPostgres database;
    public final ConfigurableApplicationContext first;
    public final ConfigurableApplicationContext second;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TwoNodes(
            EmbeddedPostgres database, ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
        this.database = database;
        this.first = first;
        this.second = second;
    }

    /** Starts the database and both nodes (the second once the first has migrated the schema). */
    public static TwoNodes start(String... extraArgs) throws IOException {
        return start(new Class<?>[0], extraArgs);
    }

    /** As {@link #start(String...)}, each node with the test's own configuration classes besides the application. */
    public static TwoNodes start(Class<?>[] testConfiguration, String... extraArgs) throws IOException {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0"));
        args.addAll(List.of(extraArgs));
        String[] all = args.toArray(String[]::new);
        Class<?>[] sources = new Class<?>[testConfiguration.length + 1];
        sources[0] = Application.class;
        System.arraycopy(testConfiguration, 0, sources, 1, testConfiguration.length);
        ConfigurableApplicationContext first = SpringApplication.run(sources, all);
        ConfigurableApplicationContext second = CompletableFuture.supplyAsync(() -> SpringApplication.run(sources, all))
                .join();
        return new TwoNodes(database, first, second);
    }

    public static String base(ConfigurableApplicationContext node) {
        return "http://localhost:"
                + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** A GET to the node as an anonymous reader, with the headers given as name, value, name, value... */
    public HttpResponse<String> get(ConfigurableApplicationContext node, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        second.close();
        first.close();
        database.close();
    }
}
