package org.cadretraining.news;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;

/**
 * The rich text an article body may hold: paragraphs, headings, lists, emphasis, quotations, links, images and
 * tables. Everything else (script, style, event handlers, {@code javascript:} and {@code data:} links, frames,
 * forms) is removed when the body is saved, by the OWASP sanitiser.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelNofollowOnLinks()
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("img", "figure", "figcaption", "hr", "br")
                    .allowAttributes("src", "alt", "title", "width", "height")
                    .onElements("img")
                    .allowUrlProtocols("http", "https")
                    .toFactory());

    private RichText() {}

    static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The words of sanitised rich text, for search: no markup, entities decoded, white space collapsed. */
    static String text(String sanitisedHtml) {
        String words = sanitisedHtml.replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(words).replaceAll("\\s+", " ").strip();
    }
}
