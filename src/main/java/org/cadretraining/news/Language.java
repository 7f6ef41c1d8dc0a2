package org.cadretraining.news;

import java.util.Locale;

/** The languages an article is written or translated in. */
enum Language {
    zh,
    en;

    static Language of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    static Language parse(String code) {
        return "en".equalsIgnoreCase(code) ? en : zh;
    }
}
