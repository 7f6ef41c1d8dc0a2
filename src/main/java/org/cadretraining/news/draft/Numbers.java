package org.cadretraining.news.draft;

/**
 * Numbers as news reports write them: counts of people in Arabic figures (GB/T 15835), lengths such as "为期五天" in
 * Chinese numerals; in English one to nine in words and larger numbers in figures.
 */
final class Numbers {

    private static final String[] CHINESE_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] ENGLISH = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };

    private Numbers() {}

    /** A quantity of 1–99 in Chinese numerals ("两", "十二", "二十"); larger numbers in figures. */
    static String chinese(long n) {
        if (n < 1 || n > 99) {
            return Long.toString(n);
        }
        if (n == 2) {
            return "两"; // a quantity: "两天", never "二天"
        }
        if (n < 10) {
            return CHINESE_DIGITS[(int) n];
        }
        long tens = n / 10;
        long ones = n % 10;
        return (tens == 1 ? "" : CHINESE_DIGITS[(int) tens]) + "十" + (ones == 0 ? "" : CHINESE_DIGITS[(int) ones]);
    }

    static String english(long n) {
        return n >= 0 && n < 10 ? ENGLISH[(int) n] : Long.toString(n);
    }
}
