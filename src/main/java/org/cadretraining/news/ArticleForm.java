package org.cadretraining.news;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;

/**
 * An article as the newsroom form edits it: the column, the original language, and each language's fields. A
 * language whose title is blank is not part of the article.
 */
record ArticleForm(
        @NotNull Long columnId,
        @NotNull Language originalLanguage,
        @Size(max = 300) String titleZh,
        @Size(max = 1000) String summaryZh,
        @Size(max = 200000) String bodyZh,
        @Size(max = 200) String sourceZh,
        @Size(max = 100) String authorZh,
        @Size(max = 200) String translatorZh,
        @Size(max = 300) String titleEn,
        @Size(max = 1000) String summaryEn,
        @Size(max = 200000) String bodyEn,
        @Size(max = 200) String sourceEn,
        @Size(max = 100) String authorEn,
        @Size(max = 200) String translatorEn) {

    static ArticleForm empty(Long columnId) {
        return new ArticleForm(columnId, Language.zh, "", "", "", "", "", "", "", "", "", "", "", "");
    }

    static ArticleForm of(long columnId, Language original, Map<Language, Translation> texts) {
        Translation zh = texts.getOrDefault(Language.zh, blank(Language.zh));
        Translation en = texts.getOrDefault(Language.en, blank(Language.en));
        return new ArticleForm(
                columnId,
                original,
                zh.title(),
                zh.summary(),
                zh.bodyHtml(),
                zh.source(),
                zh.author(),
                zh.translator(),
                en.title(),
                en.summary(),
                en.bodyHtml(),
                en.source(),
                en.author(),
                en.translator());
    }

    Map<Language, Translation> content() {
        Map<Language, Translation> content = new EnumMap<>(Language.class);
        if (titleZh != null && !titleZh.isBlank()) {
            content.put(
                    Language.zh,
                    new Translation(Language.zh, titleZh, summaryZh, bodyZh, sourceZh, authorZh, translatorZh));
        }
        if (titleEn != null && !titleEn.isBlank()) {
            content.put(
                    Language.en,
                    new Translation(Language.en, titleEn, summaryEn, bodyEn, sourceEn, authorEn, translatorEn));
        }
        return content;
    }

    private static Translation blank(Language language) {
        return new Translation(language, "", "", "", "", "", "");
    }
}
