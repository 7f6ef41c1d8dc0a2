package org.cadretraining.news;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A rendered public article page as {@link ArticlePageCache} keeps it: the bytes cut around the browse count, the
 * headers the application wrote (those written again per response left out), and the count it shows now.
 */
record KeptArticlePage(
        String version,
        String etag,
        String contentType,
        List<String[]> headers,
        byte[] beforeCount,
        byte[] afterCount,
        KeptCount count) {

    /** Where the count stands in the page: the text of the element with id "browse-count". */
    private static final Pattern COUNT = Pattern.compile("id=\"browse-count\"[^>]*>(\\d+)<");
    /** Written again per response, or never to be replayed to another reader. */
    private static final List<String> NOT_KEPT = List.of(
            HttpHeaders.DATE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.TRANSFER_ENCODING,
            HttpHeaders.CONNECTION,
            HttpHeaders.SET_COOKIE,
            HttpHeaders.CONTENT_TYPE);

    /**
     * The page as rendered, if it is the same for every reader: a 200 HTML page with an ETag, setting no cookie, and
     * showing a count; {@code count} makes the kept count from the one the page showed.
     */
    static Optional<KeptArticlePage> of(
            String version, ContentCachingResponseWrapper rendered, LongFunction<KeptCount> count) {
        String etag = rendered.getHeader(HttpHeaders.ETAG);
        if (rendered.getStatus() != HttpServletResponse.SC_OK
                || etag == null
                || rendered.getHeader(HttpHeaders.SET_COOKIE) != null
                || rendered.getContentType() == null
                || !rendered.getContentType().startsWith("text/html")) {
            return Optional.empty();
        }
        byte[] body = rendered.getContentAsByteArray();
        String html = new String(body, StandardCharsets.UTF_8);
        Matcher shown = COUNT.matcher(html);
        if (!shown.find()) {
            return Optional.empty();
        }
        int start = html.substring(0, shown.start(1)).getBytes(StandardCharsets.UTF_8).length;
        int end = start + shown.group(1).length();
        List<String[]> headers = new ArrayList<>();
        for (String name : rendered.getHeaderNames()) {
            if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
                for (String value : rendered.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        return Optional.of(new KeptArticlePage(
                version,
                etag,
                rendered.getContentType(),
                List.copyOf(headers),
                Arrays.copyOfRange(body, 0, start),
                Arrays.copyOfRange(body, end, body.length),
                count.apply(Long.parseLong(shown.group(1)))));
    }
}
