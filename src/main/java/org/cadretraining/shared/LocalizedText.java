package org.cadretraining.shared;

import java.util.Locale;

/** A text held in Chinese and English; the Chinese one is the original and always present. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : zh.strip();
        en = en == null ? "" : en.strip();
    }

    /** The text for a reader of {@code locale}, falling back to the other language when it is missing. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (english) {
            return en.isEmpty() ? zh : en;
        }
        return zh.isEmpty() ? en : zh;
    }
}
