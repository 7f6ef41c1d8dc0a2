package org.cadretraining.news.draft;

/**
 * What the newsroom sets for every draft: the marks around titles in Chinese, and how the English draft gives a
 * name recorded only in Chinese (in pinyin with the Chinese in brackets, or marked for the translator).
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

    public enum ChineseOnlyNames {
        /** "Peng Rong (彭榕)". */
        PINYIN,
        /** "[translate: 彭榕]". */
        TRANSLATOR
    }
}
