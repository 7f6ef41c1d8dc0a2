package org.cadretraining.news.draft;

import java.util.Set;

/**
 * Why a course was held, as recorded. Only a purpose that reads as a clause ("提高领导干部政治能力" / "improve the
 * political ability …") is written after "为" / "In order to"; anything else (a sentence, a note on who held it
 * jointly) stands as a sentence of its own, so that "为" is never spliced with a text that does not follow it.
 */
record Purpose(String text, boolean clause) {

    private static final Set<String> NOT_A_CLAUSE_ZH = Set.of("为", "与", "由", "在", "经", "和", "同", "按", "根据", "本");
    private static final Set<String> NOT_A_VERB_EN =
            Set.of("with", "by", "for", "and", "jointly", "the", "a", "an", "to", "in", "on", "at", "held", "this");

    static Purpose of(String recorded, boolean english) {
        String text = trimmed(recorded);
        if (text.isEmpty()) {
            return new Purpose("", false);
        }
        return new Purpose(text, english ? englishClause(text) : chineseClause(text));
    }

    private static boolean chineseClause(String text) {
        return Han.in(text.substring(0, 1))
                && text.length() <= 60
                && text.chars().noneMatch(c -> "。！？；：（(".indexOf(c) >= 0)
                && NOT_A_CLAUSE_ZH.stream().noneMatch(text::startsWith);
    }

    private static boolean englishClause(String text) {
        String first = text.split("\\s+")[0];
        return Character.isLowerCase(text.charAt(0))
                && text.split("\\s+").length <= 30
                && !text.contains(". ")
                && !text.contains(";")
                && !text.contains("(")
                && !first.endsWith("ed")
                && !NOT_A_VERB_EN.contains(first);
    }

    /** The purpose as a sentence: its last stop replaced by {@code stop}, an English one begun in capitals. */
    String sentence(String stop) {
        if (text.isEmpty()) {
            return "";
        }
        String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return sentence + stop;
    }

    /** The text without the punctuation that would clash with the sentence around it. */
    static String trimmed(String text) {
        String out = text == null ? "" : text.strip();
        while (!out.isEmpty() && "。，、；：.,;: ！!？?".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }
}
