package org.cadretraining.news;

import java.util.Locale;
import org.cadretraining.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;

/**
 * The public news portal, read without signing in. Article pages carry an ETag built from the version of what
 * readers see, so an unchanged page answers 304; the view is counted either way, and the count on the page is
 * brought up to date by a small uncached request.
 */
@Controller
class PortalController {

    static final int PAGE_SIZE = 20;
    static final int HOME_PER_COLUMN = 6;

    private final NewsPortal portal;
    private final PortalListings listings;
    private final NewsColumns columns;
    private final BrowseCounter counter;
    private final NewsPages pages;

    PortalController(
            NewsPortal portal, PortalListings listings, NewsColumns columns, BrowseCounter counter, NewsPages pages) {
        this.portal = portal;
        this.listings = listings;
        this.columns = columns;
        this.counter = counter;
        this.pages = pages;
    }

    @GetMapping("/news")
    String home(Model model, Locale locale) {
        model.addAttribute("home", listings.latestPerColumn(HOME_PER_COLUMN, Language.of(locale)));
        model.addAttribute("columns", columns.all());
        return "news/portal-home";
    }

    @GetMapping("/news/search")
    String search(@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
        model.addAttribute("q", q);
        model.addAttribute("headlines", listings.search(q, PAGE_SIZE, Language.of(locale)));
        model.addAttribute("columns", columns.all());
        return "news/portal-search";
    }

    @GetMapping("/news/columns/{slug}")
    String column(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        PortalListings.ColumnPage found = listings.column(slug, page, PAGE_SIZE, Language.of(locale))
                .orElseThrow(() -> DomainException.notFound("news.column.notFound"));
        model.addAttribute("result", found);
        model.addAttribute("columns", columns.all());
        return "news/portal-column";
    }

    @GetMapping("/news/articles/{id:\\d+}")
    String article(@PathVariable long id, WebRequest request, Model model, Locale locale) {
        Language language = Language.of(locale);
        String etag = "W/\"" + id + "-" + language + "-" + pages.version() + "\"";
        if (request.checkNotModified(etag)) {
            if (portal.visible(id)) {
                counter.count(id, request.getHeader(ProxyViewLog.COUNTED_BY_HEADER));
            }
            return null;
        }
        NewsPortal.ArticlePage article =
                portal.article(id, language).orElseThrow(() -> DomainException.notFound("news.article.notFound"));
        counter.count(id, request.getHeader(ProxyViewLog.COUNTED_BY_HEADER));
        // read again, this view included, never dipping during a flush: a page kept in memory builds on this number
        model.addAttribute("article", article.withCount(portal.browseCount(id)));
        model.addAttribute("columns", columns.all());
        return "news/portal-article";
    }

    /** The current browse count, never cached. */
    @GetMapping("/news/articles/{id:\\d+}/views")
    @ResponseBody
    ResponseEntity<String> views(@PathVariable long id) {
        if (!portal.visible(id)) {
            throw DomainException.notFound("news.article.notFound");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Long.toString(portal.browseCount(id)));
    }
}
