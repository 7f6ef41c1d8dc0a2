package org.cadretraining.news.draft;

/**
 * What the newsroom sets for every draft: the marks around titles in Chinese, and how a draft gives a name recorded
 * only in the other script (in pinyin with the Chinese in brackets, or marked for the translator). Other texts
 * recorded only in the other language are always marked for the translator.
 */
public record DraftSettings(TitleMarks titleMarks, ChineseOnlyNames chineseOnlyNames) {

    public static final DraftSettings DEFAULT = new DraftSettings(TitleMarks.BOOK, ChineseOnlyNames.PINYIN);

    public DraftSettings {
        titleMarks = titleMarks == null ? TitleMarks.BOOK : titleMarks;
        chineseOnlyNames = chineseOnlyNames == null ? ChineseOnlyNames.PINYIN : chineseOnlyNames;
    }

    /** 《》 (book-title marks) or “” (quotation marks) around the titles of lectures and materials. */
    public enum TitleMarks {
        BOOK,
        QUOTES
    }

    /** How a name recorded in one script only stands in the draft of the other language. */
    public enum ChineseOnlyNames {
        /** "Peng Rong (彭榕)" in English; a romanised name as recorded ("Tian Xiaoming") in Chinese. */
        PINYIN,
        /** "[translate: 彭榕]" in English; "【待译：Tian Xiaoming】" in Chinese. */
        TRANSLATOR
    }
}
