package org.cadretraining.news.draft;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A draft in one language: its headline and paragraphs as plain text. {@link #html()} gives the body for the
 * article's rich text with only what HTML cannot hold as text escaped (&lt; &gt; &amp;): an apostrophe or a quotation
 * mark stays a character, never an entity.
 */
public record Draft(String title, List<String> paragraphs) {

    public Draft {
        paragraphs = List.copyOf(paragraphs);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public String html() {
        return paragraphs.stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
