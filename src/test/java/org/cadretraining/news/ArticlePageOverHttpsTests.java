package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Behind a proxy that ends TLS, a kept article page is kept apart for plain HTTP and HTTPS readers: a page first
 * rendered for a plain-HTTP request (a node asked directly) is never served without HSTS to a reader who came over
 * HTTPS, nor one rendered over HTTPS with HSTS to a plain-HTTP one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@DirtiesContext
class ArticlePageOverHttpsTests {

    private static final String HSTS = "Strict-Transport-Security";

    @LocalServerPort
    int port;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageKeptForPlainHttpIsNotServedWithoutHstsOverHttps() throws Exception {
        long id = new NewsFixture(desk, review, columns).published("经由代理阅读");
        String path = "/news/articles/" + id;

        assertThat(get(path, "http").headers().firstValue(HSTS)).isEmpty();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> overHttps = get(path, "https");
            assertThat(overHttps.statusCode()).isEqualTo(200);
            assertThat(overHttps.headers().firstValue(HSTS))
                    .as("look %d over HTTPS", i + 1)
                    .isPresent();
        }
        assertThat(get(path, "http").headers().firstValue(HSTS)).isEmpty();
    }

    private HttpResponse<String> get(String path, String proto) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Forwarded-Proto", proto)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
