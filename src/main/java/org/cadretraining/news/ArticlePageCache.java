package org.cadretraining.news;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a public article page that has not changed since it was last rendered from memory, bytes and headers as the
 * full application wrote them, with only the browse count brought up to date. Each view is counted as on the full
 * path, and an unchanged page still answers 304 to a matching ETag; the count shown takes in other nodes' views
 * within a few seconds ({@link KeptCount}). A page is kept per article and language for one
 * version of what readers see ({@link NewsPages}): any published change, unpublishing or scheduled release starts a
 * new version, and the next view goes through the whole application again (security headers, visibility, 404).
 *
 * <p>It runs before the session and security filters, because a public page of the same bytes for everyone needs
 * neither; a request with a query string (a language switch) or anything but GET takes the full path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class ArticlePageCache extends OncePerRequestFilter {

    /** nginx's header for how long it keeps an answer; {@code @} and a second of the epoch: until that second ends. */
    static final String PROXY_FRESH_UNTIL = "X-Accel-Expires";

    private static final Pattern ARTICLE = Pattern.compile("/news/articles/(\\d{1,18})");
    /** The languages the site itself sets (the default, {@code ?lang=zh}, {@code ?lang=en}): pages kept per each. */
    private static final java.util.Set<String> KEPT_LOCALES = java.util.Set.of("zh-CN", "zh", "en");

    /**
     * The page differs by language, and its {@code lang} attribute by the exact locale; its headers by whether the
     * reader came over HTTPS (HSTS is sent only then, so a page kept for a node asked directly is not replayed to
     * readers behind the TLS proxy).
     */
    record Key(long articleId, String locale, boolean secure) {}

    private final NewsPages pages;
    private final NewsPortal portal;
    private final BrowseCounter counter;
    private final LocaleResolver locales;
    private final int capacity;
    private final String sessionCookie;
    private final java.time.Duration countRefresh;
    private final Map<Key, KeptArticlePage> cache = new ConcurrentHashMap<>();

    ArticlePageCache(
            NewsPages pages,
            NewsPortal portal,
            BrowseCounter counter,
            LocaleResolver locales,
            @Value("${app.news.cached-pages:2000}") int capacity,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
            @Value("${app.news.count-refresh:1s}") java.time.Duration countRefresh) {
        this.pages = pages;
        this.portal = portal;
        this.countRefresh = countRefresh;
        this.counter = counter;
        this.locales = locales;
        this.capacity = capacity;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || !ARTICLE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = ARTICLE.matcher(request.getRequestURI());
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String locale = locales.resolveLocale(request).toLanguageTag();
        if (!KEPT_LOCALES.contains(locale)) {
            // a language cookie the site never sets: rendered, not kept, so no cookie can grow the cache
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(Long.parseLong(path.group(1)), locale, request.isSecure());
        String version = pages.version();
        KeptArticlePage page = cache.get(key);
        if (page != null && page.version().equals(version)) {
            serve(page, key.articleId(), request, response);
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        if (!signedIn(request)) {
            keep(key, version, rendered);
        }
        int status = rendered.getStatus();
        if (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED) {
            markFresh(response); // on the response itself, not on the kept page's headers: it is true of this moment
        }
        rendered.copyBodyToResponse();
    }

    /** Only a page rendered for an anonymous reader is kept, so nothing meant for one person reaches another. */
    private boolean signedIn(HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie cookie : cookies) {
            if (sessionCookie.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    private void serve(KeptArticlePage page, long articleId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        counter.count(articleId, request.getHeader(ProxyViewLog.COUNTED_BY_HEADER));
        for (String[] header : page.headers()) {
            response.addHeader(header[0], header[1]);
        }
        markFresh(response);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] count = Long.toString(page.count().now()).getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.beforeCount().length + count.length + page.afterCount().length);
        var out = response.getOutputStream();
        out.write(page.beforeCount());
        out.write(count);
        out.write(page.afterCount());
    }

    /**
     * Tells a caching proxy in front (nginx: {@code deploy/nginx/cadre-training.conf}) how long it may answer with this
     * page: no longer than a second after this node last knew it current ({@link NewsPages#freshThroughSecond}).
     * Browsers are not told: nginx takes the header away, and they revalidate by the ETag.
     */
    private void markFresh(HttpServletResponse response) {
        response.setHeader(PROXY_FRESH_UNTIL, "@" + pages.freshThroughSecond());
    }

    /** Keeps a freshly rendered page, if it is the public page of this version, the same for every reader. */
    private void keep(Key key, String version, ContentCachingResponseWrapper rendered) {
        if (!version.equals(pages.version())) {
            return;
        }
        long countedHereThen = counter.countedHere(key.articleId());
        Optional<KeptArticlePage> page = KeptArticlePage.of(
                version,
                rendered,
                shown -> new KeptCount(
                        key.articleId(),
                        shown,
                        countedHereThen,
                        counter,
                        () -> portal.browseCount(key.articleId()),
                        countRefresh));
        if (page.isEmpty()) {
            return;
        }
        if (cache.size() >= capacity) {
            cache.values().removeIf(kept -> !kept.version().equals(version));
            if (cache.size() >= capacity) {
                return; // full of current pages: this one is rendered each time rather than evict a kept one
            }
        }
        cache.put(key, page.get());
    }
}
