package org.cadretraining.news.draft;

/**
 * Whether a recorded text is a title, which the newsroom puts in its marks ("《战争日历》", "“Life Dedicated to the
 * Party”"), or a description of what happened ("10 live lectures, each followed by Q&A", "为期三天的专题研讨"), which
 * stands in the sentence without marks: quoting a description makes it read as the name of something it is not.
 */
final class Titles {

    /** Beyond this a Chinese text is a description, however it is punctuated. */
    private static final int LONGEST_CHINESE_TITLE = 40;

    private Titles() {}

    static boolean title(String recorded) {
        String text = Purpose.trimmed(recorded);
        if (text.isEmpty()) {
            return false;
        }
        if ((text.startsWith("《") && text.endsWith("》")) || (text.startsWith("“") && text.endsWith("”"))) {
            return true;
        }
        // a sentence (or several), or a purpose ("为…"), is not the name of anything
        if (text.matches(".*[。；;！!？?].*")
                || text.startsWith("为")
                || recorded.strip().endsWith(".")) {
            return false;
        }
        if (Han.in(text.substring(0, 1))) {
            return text.length() <= LONGEST_CHINESE_TITLE;
        }
        // an English title starts with a capital; "three video lectures" or "10 thematic lectures" says what it was
        return Character.isUpperCase(text.codePointAt(0));
    }
}
