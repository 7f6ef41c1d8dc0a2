package org.cadretraining.news;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
