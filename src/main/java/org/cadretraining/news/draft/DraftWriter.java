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
        return new Draft(wording.title(), template.render(wording.values(), ""));
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
                start = i + 1 < out.length() && out.charAt(i + 1) == ' ';
            } else if (c != ' ' && start && !Character.isWhitespace(c) && !Character.isLetter(c)) {
                start = !Character.isLetterOrDigit(c) && c != '\u201c';
            }
        }
        return out.toString();
    }
}
