package org.cadretraining.news;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;

/**
 * The rich text an article body may hold, which is what the article editor makes: paragraphs, headings, lists,
 * emphasis, quotations, links, tables, and images with captions ({@code figure}, {@code img}, {@code figcaption}).
 * Everything else (script, style, classes and inline styles, event handlers, {@code javascript:} and {@code data:}
 * links, frames, forms, Word's and WeChat's wrappers) is removed, by the OWASP sanitiser: when a body is saved and
 * when the editor pastes, so what the editor shows after a paste is what will be kept.
 */
final class RichText {

    private static final Pattern SPAN = Pattern.compile("[1-9][0-9]?");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            // tables as the editor makes them: cells may span rows and columns; sizes, borders and alignment are the
            // portal's style sheet's, not the text's (Word's valign and widths go)
            .and(new HtmlPolicyBuilder()
                    .allowElements("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
                    .allowAttributes("colspan", "rowspan")
                    .matching(SPAN)
                    .onElements("th", "td")
                    .toFactory())
            // links are the newsroom's own choice (no rel="nofollow" needed) and never open a new window
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .allowStandardUrlProtocols()
                    .toFactory())
            // images from this site (an article's own uploads) or the web, never inline data; an image whose
            // address was removed (Word's file:, WeChat's data-src) goes whole rather than as an empty frame
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br")
                    .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
                    .allowAttributes("src", "alt")
                    .onElements("img")
                    .allowUrlProtocols("http", "https")
                    .toFactory());

    private RichText() {}

    /**
     * The sanitiser writes some characters as numeric references, among them the full-width punctuation of every
     * Chinese sentence ({@code ：} as {@code &#xff1a;}), which an editor would then see in the source. Characters
     * from U+00A0 up are never markup, nor is the apostrophe, so they are written back as themselves; markup characters
     * stay escaped.
     */
    private static final Pattern NON_MARKUP_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        return NON_MARKUP_REFERENCE.matcher(POLICY.sanitize(html)).replaceAll(reference -> {
            int codePoint = reference.group(1) != null
                    ? Integer.parseInt(reference.group(1), 16)
                    : Integer.parseInt(reference.group(2));
            // an apostrophe is text too ("Yan'an"): safe in text and in the double-quoted attributes written here
            boolean character = (codePoint >= 0xA0 || codePoint == '\'')
                    && Character.isValidCodePoint(codePoint)
                    && (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE);
            return character
                    ? Matcher.quoteReplacement(Character.toString(codePoint))
                    : Matcher.quoteReplacement(reference.group());
        });
    }

    /** The words of sanitised rich text, for search: no markup, entities decoded, white space collapsed. */
    static String text(String sanitisedHtml) {
        String words = sanitisedHtml.replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(words).replaceAll("\\s+", " ").strip();
    }
}
