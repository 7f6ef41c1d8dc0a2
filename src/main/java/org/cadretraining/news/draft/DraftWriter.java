package org.cadretraining.news.draft;

import java.util.List;
import java.util.Map;

/**
 * Writes a course's news draft in one language from its facts, the newsroom's wording template for the course's
 * shape and its settings. A pure function: the same facts give the same draft, with no database or clock.
 */
public final class DraftWriter {

    private DraftWriter() {}

    public static Draft write(CourseFacts facts, boolean english, DraftTemplate template, DraftSettings settings) {
        if (english) {
            EnglishWording wording = new EnglishWording(facts, settings);
            List<String> paragraphs = template.render(wording.values(), " ").stream()
                    .map(DraftWriter::sentenceCase)
                    .toList();
            return new Draft(wording.title(), paragraphs);
        }
        ChineseWording wording = new ChineseWording(facts, settings);
        List<String> paragraphs = template.render(wording.values(), "").stream()
                .map(ChineseTypesetting::set)
                .toList();
        return new Draft(ChineseTypesetting.set(wording.title()), paragraphs);
    }

    /** Writes with the default wording of the shape. */
    public static Draft write(CourseFacts facts, boolean english, DraftSettings settings) {
        return write(facts, english, DraftTemplate.parse(DefaultTemplates.of(facts.shape(), english)), settings);
    }

    /** What each placeholder gives for the facts, for the template page's preview and help. */
    public static Map<Placeholder, String> values(CourseFacts facts, boolean english, DraftSettings settings) {
        return english ? new EnglishWording(facts, settings).values() : new ChineseWording(facts, settings).values();
    }

    /** Capitals where an English sentence starts: the paragraph's start, after a full stop and after the dateline. */
    static String sentenceCase(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph);
        boolean start = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (start && Character.isLetter(c)) {
                out.setCharAt(i, Character.toUpperCase(c));
                start = false;
            } else if (start && c == '[') {
                start = false;
            } else if (c == '.' || c == '\u2014') {
                start = i + 1 < out.length() && out.charAt(i + 1) == ' ' && !abbreviation(out, i);
            } else if (c != ' ' && start && !Character.isWhitespace(c) && !Character.isLetter(c)) {
                start = !Character.isLetterOrDigit(c) && c != '\u201c';
            }
        }
        return out.toString();
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "incl", "e.g", "i.e", "etc", "vs", "no", "cf", "approx", "dr", "mr", "mrs", "ms", "prof", "st");

    /** Whether the full stop at {@code dot} ends an abbreviation ("incl.", "e.g.") rather than a sentence. */
    private static boolean abbreviation(CharSequence text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        return ABBREVIATIONS.contains(text.subSequence(from, dot).toString().toLowerCase(java.util.Locale.ROOT));
    }
}
