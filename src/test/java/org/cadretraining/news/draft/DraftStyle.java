package org.cadretraining.news.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom's style checks of a draft's text, in one place for every test that writes drafts: no HTML entity, no
 * empty quotation, no zero count, no broken sentence join, no doubled word, no placeholder left over, no brackets
 * within brackets nor quotation marks within quotation marks, no description quoted as if it were a title; in English no Chinese (nor Chinese punctuation)
 * outside a translator's mark or the brackets after a pinyin name, sentences that begin with capitals, "a"/"an" and
 * singulars right; in Chinese no Latin-script prose outside a translator's mark, no ASCII punctuation or spaces
 * between Chinese characters. {@link #problems(CourseFacts, String, boolean)} adds the checks that need the record:
 * the counts, 领导干部 only for leading cadres, a past year, and lists whose items hold their own 、.
 */
public final class DraftStyle {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");
    private static final List<String> EMPTY_QUOTES =
            List.of("“”", "《》", "\"\"", "‘’", "()", "（）", "「」", "[translate: ]", "“ ”", "《 》", "【待译：】");
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
    /** A translator's mark in either language; what it holds is the record's text, for the translator only. */
    private static final Pattern MARK = Pattern.compile("\\[translate: [^\\]]+]|【待译：[^】]+】");
    /** The Chinese beside a pinyin name: "Peng Rong (彭榕)", "Wang Jun (王军，示例; …)". */
    private static final Pattern PINYIN_CHINESE = Pattern.compile("\\((\\p{IsHan}[^;)]*)(?=[;)])");

    private static final Pattern ABBREVIATION =
            Pattern.compile("(?i)\\b(incl|e\\.g|i\\.e|etc|vs|no|cf|approx|dr|mr|mrs|ms|prof|st)\\.");
    private static final Pattern LOWER_START = Pattern.compile("(^|[.!?]\\s|—\\s)\\p{Ll}");
    private static final Pattern NESTED_QUOTES = Pattern.compile("“[^”]*“");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]*)”|《([^《》]*)》");
    /** A sentence, a purpose or an English phrase in lower case: a description, not a title. */
    private static final Pattern DESCRIPTION = Pattern.compile("[。；;！!？?]|\\.$|^为|^\\p{Ll}");

    private static final Pattern LATIN_PROSE = Pattern.compile("(?<![A-Za-z'])[a-z][a-z']+(?![A-Za-z'])");
    private static final Pattern CHINESE_PUNCTUATION = Pattern.compile("[，。、；：（）《》【】！？]");
    private static final Pattern ASCII_IN_CHINESE = Pattern.compile("\\p{IsHan}\\s*[,;:?!()]|[,;:?!()]\\s*\\p{IsHan}");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f]";
    private static final Pattern SPACE_IN_CHINESE = Pattern.compile(CJK + "[ \\t]+" + CJK);
    private static final Pattern SINGULAR_PLURAL =
            Pattern.compile("(?i)\\b(1|one) (days|trainees|leading cadres|participants|hours|people|lectures)\\b");
    private static final Pattern ARTICLE =
            Pattern.compile("\\ba (?!uni|one|use|usu|eu)[aeiou]|\\ban (?!h)[b-df-gj-np-tv-z]");

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
        // what a mark holds is the record's own text: it is checked as one word, "[X]", of the sentence around it
        String read = MARK.matcher(text).replaceAll("[X]");
        nestedBrackets(read, problems);
        find(NESTED_QUOTES, read, "quotation marks within quotation marks", problems);
        Matcher quoted = QUOTED.matcher(read);
        while (quoted.find()) {
            String inside = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            if (DESCRIPTION.matcher(inside.strip()).find()) {
                problems.add("a description quoted as a title: '" + quoted.group() + "'");
            }
        }
        if (english) {
            find(ZERO_EN, text, "zero count", problems);
            find(DOUBLED_EN, text, "doubled word", problems);
            String withoutChinese = PINYIN_CHINESE.matcher(read).replaceAll("(X");
            find(HAN, withoutChinese, "Chinese outside a translator's mark", problems);
            find(CHINESE_PUNCTUATION, withoutChinese, "Chinese punctuation in English", problems);
            find(SINGULAR_PLURAL, read, "a plural after one", problems);
            find(ARTICLE, read, "a/an before the wrong sound", problems);
            for (String paragraph : text.split("\n")) {
                // what the translator will write, and abbreviations ("incl.", "e.g."), do not start sentences
                String sentences = ABBREVIATION
                        .matcher(MARK.matcher(PINYIN_CHINESE
                                        .matcher(paragraph.strip())
                                        .replaceAll("(X"))
                                .replaceAll("X"))
                        .replaceAll("$1");
                find(LOWER_START, sentences, "a sentence in lower case", problems);
            }
        } else {
            find(ZERO_ZH, text, "zero count", problems);
            find(DOUBLED_ZH, text, "doubled word", problems);
            find(LATIN_PROSE, read, "Latin-script prose outside a translator's mark", problems);
            find(ASCII_IN_CHINESE, read, "ASCII punctuation in Chinese", problems);
            find(SPACE_IN_CHINESE, read, "a space between Chinese characters", problems);
        }
        return problems;
    }

    /** The checks of {@link #problems(String, boolean)} and those that need the course's record. */
    public static List<String> problems(CourseFacts facts, String text, boolean english) {
        List<String> problems = problems(text, english);
        String year = String.valueOf(facts.startsOn().getYear());
        if ((english || facts.startsOn().getYear() != facts.reportYear()) && !text.contains(year)) {
            problems.add("the year " + year + " missing");
        }
        String leading = english ? "(?i)\\b(the|total of \\w+) leading cadres?\\b" : "名领导干部|参训领导干部";
        if (!facts.leadingCadres()) {
            find(Pattern.compile(leading), text, "领导干部 where they were not leading cadres", problems);
        }
        Matcher total =
                Pattern.compile(english ? "A total of (\\w+) " : "共有(\\d+)名").matcher(text);
        String count = english ? Numbers.english(facts.trainees()) : String.valueOf(facts.trainees());
        if (total.find() && !total.group(1).equals(count)) {
            problems.add("a count that disagrees with the " + facts.trainees() + " trainees: " + total.group());
        }
        Matcher completed = Pattern.compile(english ? "(\\w+) trainees? completed" : "，(\\d+)名学员顺利结业")
                .matcher(text);
        if (completed.find() && facts.trainees() > 0 && numberIn(completed.group(1)) > facts.trainees()) {
            problems.add("more completed than took part: " + completed.group());
        }
        for (CourseFacts.Person person : facts.named()) {
            if (!english && person.position().zh().contains("、") && text.contains(person.name() + "、")) {
                problems.add("a list joined by 、 after an item with its own 、: " + person.name());
            }
        }
        return problems;
    }

    public static void check(Draft draft, boolean english) {
        String text = draft.title() + "\n" + draft.text();
        assertThat(problems(text, english)).as("style of:%n%s", text).isEmpty();
        assertThat(draft.html()).doesNotContainPattern("&#\\d+;|&(?!amp;|lt;|gt;)[a-z]+;");
    }

    private static void nestedBrackets(String text, List<String> problems) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("([（【".indexOf(c) >= 0 && ++depth > 1) {
                int from = Math.max(0, i - 30);
                problems.add(
                        "brackets within brackets: '" + text.substring(from, Math.min(text.length(), i + 30)) + "'");
                return;
            }
            if (")]）】".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static long numberIn(String word) {
        for (int n = 0; n < 10; n++) {
            if (Numbers.english(n).equals(word)) {
                return n;
            }
        }
        return word.chars().allMatch(Character::isDigit) ? Long.parseLong(word) : 0;
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            problems.add(what + ": '" + matcher.group() + "'");
        }
    }
}
