package org.cadretraining.news.draft;

/** Whether a text holds Chinese characters. */
final class Han {

    private Han() {}

    static boolean in(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
