package org.cadretraining.shared;

import java.util.Locale;

/** A text held in Chinese and English; the Chinese one is the original and always present. */
public record LocalizedText(String zh, String en) {

    /** Between the two languages of a text kept in one column ({@link #recorded()}). */
    private static final String RECORD_SEPARATOR = " / ";

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

    /**
     * Both languages in one string, "中文 / English", for a record kept in a single column (a withdrawal's reason):
     * the institution's language first, as the record of the decision.
     */
    public String recorded() {
        return en.isEmpty() ? zh : zh + RECORD_SEPARATOR + en;
    }

    /** The text {@link #recorded()} wrote; a string of one language is taken for both. */
    public static LocalizedText ofRecorded(String recorded) {
        String[] parts = recorded.split(RECORD_SEPARATOR, 2);
        return new LocalizedText(parts[0], parts.length > 1 ? parts[1] : parts[0]);
    }
}
