package org.cadretraining.news.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese as it is set in print, applied to a paragraph of the Chinese draft outside the translator's marks (whose
 * text is left as recorded): no space between Chinese characters ("党校（示例） 讲师" reads "党校（示例）讲师"), and
 * full-width brackets and punctuation where a record typed ASCII ones ("第47期处干班 (湖南科技大学…)").
 */
final class ChineseTypesetting {

    private static final Pattern MARKED = Pattern.compile(Pattern.quote(ChineseText.MARK) + "[^】]*】");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f]";
    private static final Pattern SPACE = Pattern.compile("(?<=" + CJK + ")[ \\t]+(?=" + CJK + ")");
    private static final Pattern ASCII_BRACKETS = Pattern.compile("\\s*\\(\\s*([^()]*?)\\s*\\)\\s*");
    private static final Pattern ASCII_STOP = Pattern.compile("(?<=\\p{IsHan})\\s*([,;:?!])\\s*");

    private ChineseTypesetting() {}

    static String set(String paragraph) {
        StringBuilder out = new StringBuilder();
        Matcher mark = MARKED.matcher(paragraph);
        int from = 0;
        while (mark.find()) {
            out.append(plain(paragraph.substring(from, mark.start()))).append(mark.group());
            from = mark.end();
        }
        return out.append(plain(paragraph.substring(from))).toString();
    }

    private static String plain(String text) {
        String set = ASCII_BRACKETS.matcher(text).replaceAll("（$1）");
        set = ASCII_STOP.matcher(set).replaceAll(m -> switch (m.group(1)) {
            case "," -> "，";
            case ";" -> "；";
            case ":" -> "：";
            case "?" -> "？";
            default -> "！";
        });
        return SPACE.matcher(set).replaceAll("");
    }
}
