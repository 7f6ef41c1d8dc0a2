package org.cadretraining.news;

/**
 * One language's version of an article revision. {@code bodyHtml} has been through {@link RichText} before it is
 * kept: it holds no script, no event handlers and no {@code javascript:} links.
 */
record Translation(
        Language language,
        String title,
        String summary,
        String bodyHtml,
        String source,
        String author,
        String translator) {

    Translation {
        summary = summary == null ? "" : summary.strip();
        source = source == null ? "" : source.strip();
        author = author == null ? "" : author.strip();
        translator = translator == null ? "" : translator.strip();
    }
}
