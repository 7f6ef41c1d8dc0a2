package org.cadretraining.news.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom's style checks of a draft's text, in one place for every test that writes drafts: no HTML entity, no
 * empty quotation, no zero count, no broken sentence join, no doubled word, no placeholder left over; in English no
 * Chinese outside a translator's mark or the brackets after a pinyin name, and sentences that begin with capitals.
 */
public final class DraftStyle {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final List<String> EMPTY_QUOTES =
            List.of("“”", "《》", "\"\"", "‘’", "()", "（）", "「」", "[translate: ]", "“ ”", "《 》");
    private static final List<String> BROKEN_JOINS =
            List.of("。，", "，。", "为与", "。。", "，，", "、、", "、。", "，、", "、，", "：。", "；。", "。；", "为为", "null");
    private static final List<String> BROKEN_JOINS_EN =
            List.of(", .", " ,", "..", " .", ",,", "the the ", "the The ", "In order to In", " ;", ";.", "null");
    private static final Pattern ZERO_ZH = Pattern.compile("(?<![\\d.])0\\s*(名|人|位|场|个|天|期)|共有零|零名");
    private static final Pattern ZERO_EN =
            Pattern.compile("(?i)(?<![\\d.])(0|zero|no) (trainees?|leading cadres?|participants?|people)\\b");
    private static final Pattern DOUBLED_ZH = Pattern.compile("(\\p{IsHan}{2,6})\\1");
    private static final Pattern DOUBLED_EN = Pattern.compile("(?i)\\b([a-z]+)\\s+\\1\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MARKED = Pattern.compile("\\[translate: [^\\]]+]|\\([\\p{IsHan}·（）]+(?=[;)])");
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?i)\\b(incl|e\\.g|i\\.e|etc|vs|no|cf|approx|dr|mr|mrs|ms|prof|st)\\.");
    private static final Pattern LOWER_START = Pattern.compile("(^|[.!?]\\s|—\\s)\\p{Ll}");

    private DraftStyle() {}

    public static List<String> problems(String text, boolean english) {
        List<String> problems = new ArrayList<>();
        find(ENTITY, text, "HTML entity", problems);
        if (text.contains("{") || text.contains("}")) {
            problems.add("a placeholder left over");
        }
        for (String empty : EMPTY_QUOTES) {
            if (text.contains(empty)) {
                problems.add("empty quotation " + empty);
            }
        }
        for (String join : english ? BROKEN_JOINS_EN : BROKEN_JOINS) {
            if (text.contains(join)) {
                problems.add("broken join '" + join + "'");
            }
        }
        if (english) {
            find(ZERO_EN, text, "zero count", problems);
            find(DOUBLED_EN, text, "doubled word", problems);
            find(HAN, MARKED.matcher(text).replaceAll(""), "Chinese outside a translator's mark", problems);
            for (String paragraph : text.split("\n")) {
                // what the translator will write, and abbreviations ("incl.", "e.g."), do not start sentences
                String sentences = ABBREVIATION
                        .matcher(MARKED.matcher(paragraph.strip()).replaceAll("X"))
                        .replaceAll("$1");
                find(LOWER_START, sentences, "a sentence in lower case", problems);
            }
        } else {
            find(ZERO_ZH, text, "zero count", problems);
            find(DOUBLED_ZH, text, "doubled word", problems);
        }
        return problems;
    }

    public static void check(Draft draft, boolean english) {
        String text = draft.title() + "\n" + draft.text();
        assertThat(problems(text, english)).as("style of:%n%s", text).isEmpty();
        assertThat(draft.html()).doesNotContainPattern("&#\\d+;|&(?!amp;|lt;|gt;)[a-z]+;");
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            problems.add(what + ": '" + matcher.group() + "'");
        }
    }
}
