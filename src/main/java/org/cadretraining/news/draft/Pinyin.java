package org.cadretraining.news.draft;

import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A Chinese personal name in pinyin as English texts write it: the family name first, the given name as one word,
 * an apostrophe where a syllable starting with a, o or e would run into the one before ("Li Cheng'en"). Family
 * names read differently from the everyday reading of their character are read as family names (曾 Zeng, 单 Shan).
 */
final class Pinyin {

    private static final Set<String> DOUBLE_FAMILY_NAMES =
            Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "夏侯", "令狐", "端木", "独孤");
    private static final Map<Character, String> FAMILY_READINGS = Map.ofEntries(
            Map.entry('曾', "zeng"),
            Map.entry('单', "shan"),
            Map.entry('解', "xie"),
            Map.entry('仇', "qiu"),
            Map.entry('查', "zha"),
            Map.entry('乐', "yue"),
            Map.entry('朴', "piao"),
            Map.entry('区', "ou"),
            Map.entry('缪', "miao"),
            Map.entry('翟', "zhai"),
            Map.entry('覃', "qin"),
            Map.entry('柏', "bai"),
            Map.entry('盖', "ge"),
            Map.entry('尉', "yu"),
            Map.entry('长', "zhang"));
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    private Pinyin() {}

    /** The name in pinyin; a remark in brackets after it ("王军（示例）") is left to the Chinese given beside it. */
    static String name(String chinese) {
        String name = chinese.replaceAll("[（(].*$", "").replaceAll("[^\\p{IsHan}]", "");
        if (name.isEmpty()) {
            return chinese;
        }
        int split = name.length() > 2 && DOUBLE_FAMILY_NAMES.contains(name.substring(0, 2)) ? 2 : 1;
        if (name.length() <= split) {
            return capitalised(syllables(name, true));
        }
        return capitalised(syllables(name.substring(0, split), true)) + " "
                + capitalised(syllables(name.substring(split), false));
    }

    private static String syllables(String chars, boolean familyName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            String syllable = familyName && i == 0 && FAMILY_READINGS.containsKey(c) ? FAMILY_READINGS.get(c) : read(c);
            if (out.length() > 0 && !syllable.isEmpty() && "aoe".indexOf(syllable.charAt(0)) >= 0) {
                out.append('\'');
            }
            out.append(syllable);
        }
        return out.toString();
    }

    private static String read(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? String.valueOf(c) : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
